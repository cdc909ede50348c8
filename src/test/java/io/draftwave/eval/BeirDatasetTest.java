package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirDatasetTest {

	@Test
	void should_read_gzipped_corpus_and_nested_qrels_when_folder_has_scifact_layout(@TempDir Path folder)
			throws IOException {
		// given
		BeirFixture.write(folder);

		// when
		BeirDataset dataset = BeirDataset.load(folder);

		// then
		assertThat(dataset.documents()).hasSize(3)
			.first()
			.isEqualTo(new BeirDocument("d1", "Library", "The city library opens at nine."));
		assertThat(dataset.queries()).extracting(BeirQuery::id).containsExactly("q1", "q2", "q3", "q4");
		assertThat(dataset.judgments("q3")).isEqualTo(Map.of("d3", 1, "d1", 0));
		assertThat(dataset.judgments("q4")).isEmpty();
	}

	@Test
	void should_read_flat_qrels_when_folder_has_korquad_layout(@TempDir Path folder) throws IOException {
		// given
		Files.writeString(folder.resolve("corpus.jsonl"), "{\"_id\": \"k1\", \"title\": \"제목\", \"text\": \"본문\"}\n");
		Files.writeString(folder.resolve("queries.jsonl"), "{\"_id\": \"q\", \"text\": \"질문\"}\n");
		Files.writeString(folder.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq\tk1\t1\n");

		// when
		BeirDataset dataset = BeirDataset.load(folder);

		// then
		assertThat(dataset.documents()).containsExactly(new BeirDocument("k1", "제목", "본문"));
		assertThat(dataset.judgments("q")).isEqualTo(Map.of("k1", 1));
	}

}
