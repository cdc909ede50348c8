package io.draftwave.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's tasks, run the way {@code java -jar draftwave.jar …} runs them. */
class CommandLineIT {

	@TempDir
	Path temp;

	record Run(int exitCode, String out) {
	}

	@Test
	void should_list_every_task_when_asked_for_help() {
		Run run = run("--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("ingest", "search", "rebuild-index", "eval", "bench");
	}

	@Test
	void should_ingest_a_folder_search_it_and_rebuild_the_index_without_a_web_server() throws Exception {
		// given
		Path folder = Files.createDirectories(temp.resolve("문서 폴더"));
		Files.writeString(folder.resolve("교육 안내.md"), "# 교육 안내\n\n신규 직원은 데이터 기초 과정을 교육했다.\n");
		Files.writeString(folder.resolve("notes.txt"), "Notes\n\nThe helpdesk answers within two working days.\n");
		Files.write(folder.resolve("broken.pdf"), "not a pdf at all".getBytes(StandardCharsets.UTF_8));
		String data = temp.resolve("data").toString();

		// when
		Run ingest = run("ingest", folder.toString(), "--data-dir", data);

		// then
		assertThat(ingest.exitCode()).as(ingest.out()).isEqualTo(2);
		assertThat(ingest.out()).contains("3 files: 2 added or changed", "1 unreadable", "broken.pdf");

		// when
		Run search = run("search", "교육", "--data-dir", data);

		// then
		assertThat(search.exitCode()).as(search.out()).isZero();
		assertThat(search.out()).contains("교육 안내").contains("»교육«했다");

		// when the index is rebuilt from the originals
		Run rebuild = run("rebuild-index", "--data-dir", data);
		Run again = run("search", "helpdesk", "--data-dir", data);

		// then
		assertThat(rebuild.out()).contains("Rebuilt the index from 2 documents");
		assertThat(again.out()).contains("Notes").contains("»helpdesk«");

		// when the same folder is ingested again
		Run unchanged = run("ingest", folder.toString(), "--data-dir", data);

		// then
		assertThat(unchanged.out()).contains("0 added or changed, 2 unchanged");
	}

	@Test
	void should_say_the_data_folder_is_in_use_when_another_process_holds_the_index() {
		// given
		Path data = temp.resolve("busy");
		try (var holder = new io.draftwave.search.LuceneIndex(data.resolve("index"),
				io.draftwave.search.IndexSettings.defaults())) {
			// when
			PrintStream original = System.err;
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			Run run;
			try {
				run = run("search", "교육", "--data-dir", data.toString());
			}
			finally {
				System.setErr(original);
			}

			// then
			assertThat(run.exitCode()).isEqualTo(3);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use by another Draftwave process")
				.doesNotContain("Exception");
		}
	}

	private Run run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			int code = CommandLineLauncher.run(args);
			return new Run(code, buffer.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

}
