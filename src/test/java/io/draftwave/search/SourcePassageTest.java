package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcePassageTest {

	@ParameterizedTest
	@CsvSource({ "report-2024, report-2024-7, 7", "a-b, a-b-0, 0", "report, other-3, -1", "report, report-x, -1",
			"report, report-, -1" })
	void should_read_ordinal_from_source_id(String documentId, String sourceId, int ordinal) {
		// given
		SourcePassage passage = new SourcePassage(sourceId, documentId, "제목", "본문", null, null, null, 0, 2);

		// when / then
		assertThat(passage.ordinal()).isEqualTo(ordinal);
		if (ordinal >= 0) {
			assertThat(SourcePassage.sourceId(documentId, ordinal)).isEqualTo(sourceId);
		}
	}

}
