package io.draftwave.cli;

import java.util.concurrent.Callable;

import io.draftwave.corpus.IndexMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Rebuilds the whole index from the kept originals. */
@Command(name = "rebuild-index", mixinStandardHelpOptions = true,
		description = { "Empty the index and index every stored document again from its original.",
				"Use it after changing analysis settings or when the index folder was lost." })
class RebuildIndexCommand implements Callable<Integer> {

	@Mixin
	DataDirOption data;

	@Override
	public Integer call() {
		try (var context = OfflineContext.start(data.dataDir)) {
			int done = context.getBean(IndexMaintenance.class).rebuild(new ProgressBarProgress());
			System.out.printf("Rebuilt the index from %d documents.%n", done);
			return 0;
		}
	}

}
