package io.draftwave.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.SampleDocuments;
import io.draftwave.corpus.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {

	private final FormatDetector detector = new FormatDetector();

	private static final byte[] XLSX = SampleDocuments.xlsx("s", List.of("연도"), List.of(List.of(2024)));

	private static final byte[] DOCX = SampleDocuments.docx("t", List.of("본문"));

	private static final byte[] HWP = SampleDocuments.hwp("t", List.of("본문"));

	private static final byte[] HWPX = SampleDocuments.hwpx("t", List.of("본문"));

	private static final byte[] PDF = SampleDocuments.pdf(List.of(List.of("본문")));

	private static final byte[] TEXT = "연도,참여 인원\n2024,847\n".getBytes(StandardCharsets.UTF_8);

	static Stream<Arguments> matching() {
		return Stream.of(Arguments.of("2024 교육 결과.xlsx", XLSX, DocumentFormat.XLSX),
				Arguments.of("보고서 최종.HWPX", HWPX, DocumentFormat.HWPX), Arguments.of("공문.hwp", HWP, DocumentFormat.HWP),
				Arguments.of("회의록.Docx", DOCX, DocumentFormat.DOCX), Arguments.of("안내문.PDF", PDF, DocumentFormat.PDF),
				Arguments.of("실적.csv", TEXT, DocumentFormat.CSV), Arguments.of("실적.tsv", TEXT, DocumentFormat.CSV),
				Arguments.of("readme.md", TEXT, DocumentFormat.MARKDOWN),
				Arguments.of("메모.txt", new byte[0], DocumentFormat.TEXT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matching")
	void should_return_declared_format_when_content_matches(String fileName, byte[] head, DocumentFormat expected) {
		// when
		Optional<DocumentFormat> format = detector.detect(fileName, head);

		// then
		assertThat(format).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsupportedNames")
	void should_return_empty_when_extension_is_missing_or_unknown(String fileName) {
		// when
		Optional<DocumentFormat> format = detector.detect(fileName, PDF);

		// then
		assertThat(format).isEmpty();
	}

	static Stream<String> unsupportedNames() {
		return Stream.of("보고서", "보고서.", "사진.jpg", "archive.zip", "old.doc");
	}

	static Stream<Arguments> mismatching() {
		return Stream.of(Arguments.of("안내문.pdf", XLSX, "the file is named as PDF but its content is a ZIP package"),
				Arguments.of("회의록.docx", TEXT, "the file is named as DOCX but its content is plain text"),
				Arguments.of("공문.hwp", HWPX, "the file is named as HWP but its content is a ZIP package"),
				Arguments.of("보고서.hwpx", HWP, "the file is named as HWPX but its content is an OLE2 file"),
				Arguments.of("실적.xlsx", new byte[0], "the file is named as XLSX but its content is empty"),
				Arguments.of("실적.csv", XLSX, "the file is named as CSV but its content is a ZIP package"),
				Arguments.of("메모.txt", PDF, "the file is named as TEXT but its content is a PDF"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mismatching")
	void should_throw_unreadable_when_content_is_not_the_declared_format(String fileName, byte[] head, String reason) {
		// when / then
		assertThatThrownBy(() -> detector.detect(fileName, head)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith(reason);
	}

	@Test
	void should_throw_unreadable_when_text_file_holds_binary_bytes() {
		// given
		byte[] binary = SampleDocuments.randomBytes(7, 512);
		binary[10] = 0;

		// when / then
		assertThatThrownBy(() -> detector.detect("notes.md", binary)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("binary data");
	}

}
