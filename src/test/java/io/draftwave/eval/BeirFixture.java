package io.draftwave.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A three-document BEIR dataset written to a folder, for tests. */
final class BeirFixture {

	static final String CORPUS = """
			{"_id": "d1", "title": "Library", "text": "The city library opens at nine."}
			{"_id": "d2", "title": "Budget", "text": "The budget for parks grew this year."}
			{"_id": "d3", "title": "Parks", "text": "Parks close at sunset; the parks budget is small."}
			""";

	static final String QUERIES = """
			{"_id": "q1", "text": "library hours"}
			{"_id": "q2", "text": "parks budget"}
			{"_id": "q3", "text": "sunset"}
			{"_id": "q4", "text": "unjudged question"}
			""";

	static final String QRELS = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td3\t1\nq3\td1\t0\n";

	private BeirFixture() {
	}

	/** Writes corpus.jsonl.gz, queries.jsonl and qrels/test.tsv (SciFact's layout). */
	static Path write(Path folder) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("corpus.jsonl.gz")))) {
			out.write(CORPUS.getBytes(StandardCharsets.UTF_8));
		}
		Files.writeString(folder.resolve("queries.jsonl"), QUERIES);
		Files.createDirectories(folder.resolve("qrels"));
		Files.writeString(folder.resolve("qrels/test.tsv"), QRELS);
		return folder;
	}

}
