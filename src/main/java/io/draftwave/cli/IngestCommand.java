package io.draftwave.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.draftwave.corpus.FolderIngestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Ingests a folder into the data folder's index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = {
				"Index every supported file under FOLDER (HWP, HWPX, PDF, DOCX, XLSX, CSV, HTML, Markdown, text).",
				"New files are added, changed ones re-indexed, files gone from the folder removed; unreadable "
						+ "files are listed and skipped. Shows a progress bar.",
				"Exit code: 0 when every file was read, 2 when some were unreadable." })
class IngestCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FOLDER", description = "Folder to index, recursively.")
	Path folder;

	@Mixin
	DataDirOption data;

	@Override
	public Integer call() {
		try (var context = OfflineContext.start(data.dataDir)) {
			var report = context.getBean(FolderIngestion.class).ingest(folder, new ProgressBarProgress());
			System.out.printf("%d files: %d added or changed, %d unchanged, %d removed, %d unreadable%n",
					report.files(), report.added(), report.unchanged(), report.removed(), report.failed().size());
			report.failed().forEach(f -> System.out.println("  unreadable: " + f));
			return report.failed().isEmpty() ? 0 : 2;
		}
	}

}
