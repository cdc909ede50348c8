package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "../../etc/passwd|passwd", "보고서\\2024 결과.hwpx|2024 결과.hwpx",
			"  memo.docx  |memo.docx", "..|document", "dir/|document", "a\u0007b.md|ab.md" })
	void should_keep_only_the_last_path_element_without_control_characters(String given, String expected) {
		assertThat(FileNames.safe(given)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "300", "256" })
	void should_keep_the_end_of_a_long_name_so_its_extension_survives(int length) {
		String name = "가".repeat(length - 4) + ".pdf";
		assertThat(FileNames.safe(name)).hasSize(255).endsWith("가.pdf");
	}

}
