package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.draftwave.corpus.format.Block;
import io.draftwave.corpus.format.DocumentParsers;
import io.draftwave.corpus.format.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChunkerTest {

	private static final DocumentParsers PARSERS = new DocumentParsers();

	private static void assertPassagesAreSubstrings(DocumentText result, int maxChars) {
		assertThat(result.passages()).allSatisfy(p -> {
			assertThat(p.text()).isEqualTo(result.text().substring(p.start(), p.end()));
			assertThat(p.text()).isNotBlank();
			assertThat(p.text().length()).isLessThanOrEqualTo(maxChars);
			assertThat(Character.isWhitespace(p.text().charAt(0))).isFalse();
			assertThat(Character.isWhitespace(p.text().charAt(p.text().length() - 1))).isFalse();
		});
		for (int i = 0; i < result.passages().size(); i++) {
			assertThat(result.passages().get(i).ordinal()).isEqualTo(i);
		}
	}

	static Stream<Arguments> fixtures() {
		List<String> paragraphs = List.of("교육 참여 인원은 847명입니다. 만족도는 4.5점으로 조사됨.",
				"Budget review 2024. e.g. the plan is on track!",
				"시민 의견 수렴 결과를 반영하여 세부 계획을 수립할 예정임. 다음 회의는 3월 10일에 열립니다.");
		return Stream.of(Arguments.of(DocumentFormat.HWP, SampleDocuments.hwp("교육 결과", paragraphs)),
				Arguments.of(DocumentFormat.HWPX, SampleDocuments.hwpx("교육 결과", paragraphs)),
				Arguments.of(DocumentFormat.PDF, SampleDocuments.pdf(List.of(paragraphs, paragraphs))),
				Arguments.of(DocumentFormat.DOCX,
						SampleDocuments.docx("교육 결과",
								List.of("# 개요", paragraphs.get(0), "# 결과", paragraphs.get(1), paragraphs.get(2)))),
				Arguments.of(DocumentFormat.XLSX,
						SampleDocuments.xlsx("실적", List.of("연도", "참여 인원", "비고"),
								List.of(List.of(2023, 612, "대면"), List.of(2024, 847, "대면과 비대면 병행"),
										List.of(2025, 1203, "온라인")))),
				Arguments.of(DocumentFormat.CSV,
						"연도,참여 인원\n2023,612\n2024,847\n2025,1203\n".getBytes(StandardCharsets.UTF_8)),
				Arguments.of(DocumentFormat.MARKDOWN,
						("# 개요\n\n" + paragraphs.get(0) + "\n\n## 결과\n\n" + paragraphs.get(2))
							.getBytes(StandardCharsets.UTF_8)),
				Arguments.of(DocumentFormat.TEXT,
						("교육 결과\n\n" + String.join("\n\n", paragraphs)).getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void should_cut_passages_that_are_substrings_of_the_text_when_chunking_each_format(DocumentFormat format,
			byte[] bytes) {
		// given
		ParsedDocument doc = PARSERS.parse(format, new ByteArrayInputStream(bytes));
		Chunker chunker = new Chunker(40);

		// when
		DocumentText result = chunker.chunk(doc);

		// then
		assertThat(result.passages()).isNotEmpty();
		assertPassagesAreSubstrings(result, 40);
	}

	@Test
	void should_keep_invariants_when_input_is_random() {
		// given
		Random random = new Random(20250310L);
		String[] words = { "교육", "참여", "인원은", "847명입니다.", "예정임.", "the", "plan", "e.g.", "3.5%", "2024.3.1.", "Dr.",
				"할까?", "done!", "\t", "  ", "\n", "한\u0301", "x".repeat(70), "끝." };
		for (int round = 0; round < 200; round++) {
			List<Block> blocks = new ArrayList<>();
			for (int b = 0; b < 1 + random.nextInt(8); b++) {
				StringBuilder text = new StringBuilder();
				for (int w = 0; w < random.nextInt(60); w++) {
					text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
				}
				Block.Kind kind = Block.Kind.values()[random.nextInt(3)];
				Integer page = random.nextBoolean() ? null : 1 + random.nextInt(3);
				String sheet = random.nextInt(4) == 0 ? "시트" + random.nextInt(2) : null;
				blocks.add(new Block(text.toString(), kind, page, sheet));
			}
			int maxChars = 20 + random.nextInt(200);

			// when
			DocumentText result = new Chunker(maxChars).chunk(new ParsedDocument(null, blocks));

			// then
			assertPassagesAreSubstrings(result, maxChars);
			assertThat(result.text()).isEqualTo(Normalizer.normalize(result.text(), Normalizer.Form.NFC));
		}
	}

	@Test
	void should_start_a_passage_at_each_heading_when_document_has_sections() {
		// given
		ParsedDocument doc = new ParsedDocument("보고", List.of(Block.heading("개요"), Block.paragraph("교육을 실시함. 참여가 많았음."),
				Block.heading("결과"), Block.paragraph("만족도가 높았습니다.")));

		// when
		DocumentText result = new Chunker().chunk(doc);

		// then
		assertThat(result.text()).isEqualTo("개요\n\n교육을 실시함. 참여가 많았음.\n\n결과\n\n만족도가 높았습니다.");
		assertThat(result.passages()).extracting(Passage::text, Passage::heading)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("개요\n\n교육을 실시함. 참여가 많았음.", "개요"),
					org.assertj.core.groups.Tuple.tuple("결과\n\n만족도가 높았습니다.", "결과"));
	}

	@Test
	void should_split_passages_at_page_change_when_paragraphs_are_short() {
		// given
		ParsedDocument doc = new ParsedDocument(null, List.of(Block.heading("개요").onPage(1),
				Block.paragraph("첫 쪽.").onPage(1), Block.paragraph("둘째 쪽.").onPage(2)));

		// when
		DocumentText result = new Chunker().chunk(doc);

		// then
		assertThat(result.passages()).extracting(Passage::text, Passage::page, Passage::heading)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("개요\n\n첫 쪽.", 1, "개요"),
					org.assertj.core.groups.Tuple.tuple("둘째 쪽.", 2, "개요"));
	}

	@Test
	void should_pack_several_whole_rows_per_passage_when_rows_are_short() {
		// given
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block("실적", Block.Kind.HEADING, null, "실적"));
		for (int year = 2020; year < 2026; year++) {
			blocks.add(new Block("연도: " + year + " | 참여 인원: 847", Block.Kind.ROW, null, "실적"));
		}
		blocks.add(new Block("연도: 2026 | 참여 인원: 900", Block.Kind.ROW, null, "계획"));

		// when
		DocumentText result = new Chunker(60).chunk(new ParsedDocument(null, blocks));

		// then
		List<Passage> passages = result.passages();
		assertThat(passages).hasSize(4);
		assertThat(passages.subList(0, 3)).allSatisfy(p -> {
			assertThat(p.text()).endsWith("참여 인원: 847");
			assertThat(p.sheet()).isEqualTo("실적");
		});
		assertThat(passages.get(1).text()).isEqualTo("연도: 2022 | 참여 인원: 847\n\n연도: 2023 | 참여 인원: 847");
		assertThat(passages.get(3).text()).isEqualTo("연도: 2026 | 참여 인원: 900");
		assertThat(passages.get(3).sheet()).isEqualTo("계획");
	}

	@Test
	void should_cut_at_whitespace_when_one_sentence_exceeds_max_chars() {
		// given
		String sentence = "시민 참여 예산 사업 ".repeat(20).strip() + "입니다.";
		ParsedDocument doc = new ParsedDocument(null, List.of(Block.paragraph(sentence)));

		// when
		DocumentText result = new Chunker(50).chunk(doc);

		// then
		assertThat(result.passages()).hasSizeGreaterThan(3);
		assertThat(result.passages()).allSatisfy(p -> {
			assertThat(p.text().length()).isLessThanOrEqualTo(50);
			assertThat(p.end() == result.text().length() || result.text().charAt(p.end()) == ' ').isTrue();
		});
		assertThat(String.join(" ", result.passages().stream().map(Passage::text).toList())).isEqualTo(sentence);
	}

	@Test
	void should_normalise_to_nfc_and_collapse_spaces_when_building_text() {
		// given
		String decomposed = Normalizer.normalize("한글 문서", Normalizer.Form.NFD); // 한
																				// U+D55C
																				// as
																				// U+1112
																				// U+1161
																				// U+11AB
		ParsedDocument doc = new ParsedDocument(null, List.of(Block.paragraph(decomposed + " \t  입니다.")));

		// when
		DocumentText result = new Chunker().chunk(doc);

		// then
		assertThat(result.text()).isEqualTo("한글 문서 입니다.");
		assertThat(result.passages()).singleElement().extracting(Passage::start, Passage::end).containsExactly(0, 10);
	}

}
