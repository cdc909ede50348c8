package io.draftwave.lab;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentStatus;
import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.SentenceCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check passes a draft that meets it and fails one that does not, saying why. */
class ChecksTest {

	private static final String REPORT_ID = "a1b2c3d4e5f60718";

	private static final DocumentRefs DOCUMENTS = new DocumentRefs(List.of(new DocumentRecord(REPORT_ID,
			"2024년 데이터 인재 양성 교육 운영 결과 보고", "2024 교육 결과 보고.md", DocumentFormat.MARKDOWN, Language.KO, 100,
			"0".repeat(64), "corpus:2024 교육 결과 보고.md", DocumentStatus.INDEXED, 3, Instant.EPOCH, Instant.EPOCH)));

	private static final Citation REPORT = new Citation(1, REPORT_ID + "-2", REPORT_ID, "2024년 데이터 인재 양성 교육 운영 결과 보고",
			"참여 인원은 847명", null, 0, 100);

	private static final Citation OTHER = new Citation(2, "ffffffffffffffff-1", "ffffffffffffffff", "교육과정 안내",
			"Level 0~4", null, 0, 50);

	private static final String GOOD = """
			## 제목
			교육 참여 847명 [1]
			## 부제
			수료율 92.8% [1]
			## 리드
			2024년 교육 참여 인원은 847명이었다. [1]
			## 본문
			수료 인원은 786명이다. [1]
			## 담당 부서/문의처
			데이터정책팀 [2]""";

	private static final String POOR = "2024년에는 많은 직원이 교육에 참여했다. [2] 문의는 010-1234-5678로 하면 된다.";

	@ParameterizedTest(name = "{0}")
	@MethodSource("checks")
	void should_pass_a_draft_that_meets_the_check_and_fail_one_that_does_not(String name, Check check, Attempt good,
			Attempt poor, String failReason) {
		// when
		CheckResult passed = check.evaluate(good);
		CheckResult failed = check.evaluate(poor);

		// then
		assertThat(passed.passed()).as(passed.reason()).isTrue();
		assertThat(failed.passed()).as(failed.reason()).isFalse();
		assertThat(failed.reason()).contains(failReason);
		assertThat(failed.type()).isEqualTo(check.type());
		assertThat(failed.description()).isNotBlank();
	}

	static Stream<Arguments> checks() {
		Attempt good = attempt(GOOD, List.of(REPORT, OTHER), supported(GOOD, 5), List.of(), 800, Language.KO);
		Attempt poor = attempt(POOR, List.of(OTHER),
				List.of(new SentenceCheck(0, 26, List.of(2), false, "low coverage"),
						new SentenceCheck(27, POOR.length(), List.of(), false, "no citation for a factual claim")),
				List.of("removed marker [7]: the draft has only 2 sources"), 12_000, Language.KO);
		Attempt english = attempt("The city trained 847 officials in 2024 [1].", List.of(REPORT), supported("x", 1),
				List.of(), 100, Language.EN);
		return Stream.of(Arguments.of("contains", new TextChecks.Contains("847명"), good, poor, "‘847명’이(가) 없습니다"),
				Arguments.of("not-contains", new TextChecks.NotContains("많은 직원"), good, poor, "‘많은 직원’이(가) 들어 있습니다"),
				Arguments.of("regex", new TextChecks.Matches(Pattern.compile("\\d+\\.\\d%")), good, poor,
						"형식에 맞는 부분이 없습니다"),
				Arguments.of("sections", new TextChecks.Sections(DraftKind.PRESS_RELEASE), good, poor,
						"빠진 항목: 제목, 부제, 리드, 본문, 담당 부서/문의처"),
				Arguments.of("language ko", new TextChecks.InLanguage(Language.KO), good,
						english.withLanguage(Language.KO), "글자의 0%가 한글입니다"),
				Arguments.of("language en", new TextChecks.InLanguage(Language.EN), english,
						good.withLanguage(Language.EN), "of the letters are Hangul: not as expected"),
				Arguments.of("length", new TextChecks.Length(60, 400), good, poor, "너무 짧습니다 (최소 60자)"),
				Arguments.of("citations", new SourceChecks.CitationsValid(), good, poor, "자료에 없는 번호를 인용했습니다: [7]"),
				Arguments.of("supported", new SourceChecks.Supported(0.8), good, poor,
						"근거가 확인된 문장 0/2 (0%), 기준 80%. 예: ‘2024년에는 많은 직원이 교육에 참여했다."),
				Arguments.of("cites by file name", new SourceChecks.Cites(List.of("2024 교육 결과 보고.md"), false), good,
						poor, "인용하지 않은 자료: 2024 교육 결과 보고.md. 인용한 자료: 교육과정 안내"),
				Arguments.of("cites all", new SourceChecks.Cites(List.of("2024 교육 결과 보고.md", "교육과정 안내"), true), good,
						poor, "인용하지 않은 자료: 2024 교육 결과 보고.md"),
				Arguments.of("no-personal-data", new SourceChecks.NoPersonalData(), good, poor, "개인정보가 들어 있습니다: 전화번호"),
				Arguments.of("latency", new SourceChecks.Latency(10_000), good, poor, "12.0 s 걸렸습니다. 기준 10.0 s보다 깁니다"));
	}

	@Test
	void should_fail_citations_when_the_draft_cites_nothing() {
		// given
		Attempt bare = attempt("자료 없이 쓴 문장이다.", List.of(), List.of(), List.of(), 10, Language.KO);

		// when
		CheckResult result = new SourceChecks.CitationsValid().evaluate(bare);

		// then
		assertThat(result.passed()).isFalse();
		assertThat(result.reason()).contains("인용 표시([1] 같은 번호)가 하나도 없습니다");
	}

	@Test
	void should_not_count_headings_and_fixed_lines_as_claims_when_sharing_supported_sentences() {
		// given: a heading (no marker, supported) and one cited, supported sentence
		String text = "## 답변\n참여 인원은 847명이다. [1]";
		Attempt attempt = attempt(text, List.of(REPORT), List.of(new SentenceCheck(0, 5, List.of(), true, null),
				new SentenceCheck(6, text.length(), List.of(1), true, null)), List.of(), 10, Language.KO);

		// when
		CheckResult result = new SourceChecks.Supported(1.0).evaluate(attempt);

		// then
		assertThat(result.passed()).isTrue();
		assertThat(result.reason()).contains("1/1 (100%)");
	}

	@Test
	void should_give_reasons_in_english_for_an_english_exercise() {
		// given
		Attempt english = attempt("Nothing here.", List.of(), List.of(), List.of(), 10, Language.EN);

		// when
		CheckResult result = new TextChecks.Contains("847").evaluate(english);

		// then
		assertThat(result.description()).isEqualTo("contains ‘847’");
		assertThat(result.reason()).isEqualTo("The draft does not say ‘847’, which it should take from the sources.");
	}

	private static Attempt attempt(String text, List<Citation> citations, List<SentenceCheck> sentences,
			List<String> warnings, long tookMs, Language language) {
		return new Attempt(DraftKind.PRESS_RELEASE, language, text, citations, sentences, warnings, tookMs, DOCUMENTS);
	}

	private static List<SentenceCheck> supported(String text, int count) {
		return Stream.generate(() -> new SentenceCheck(0, Math.min(1, text.length()), List.of(1), true, null))
			.limit(count)
			.toList();
	}

}
