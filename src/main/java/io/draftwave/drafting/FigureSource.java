package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.draftwave.corpus.Language;
import io.draftwave.tables.Analysis;

/**
 * A computed figure as a numbered source: the {@link Analysis} in words, for the model to
 * quote and the citation check to read. The text has three or four lines:
 * <ol>
 * <li>the statement, the sentence a draft copies: {@code 2025년 접수 건수가 가장 많은 분야 3곳은
 * 교통·주차(54,756건), 환경·청소(29,619건), 도로·시설물(29,034건)입니다.};</li>
 * <li>the plan in words: {@code 계산 방법: 표 「민원 접수 현황 분야별 2023-2025」의 연도 = 2025인 행(합계 행
 * 제외)에서 …};</li>
 * <li>the result rows in words, numbers written as the statement writes them:
 * {@code 계산 결과(분야, 접수 건수): 교통·주차 54,756; 환경·청소 29,619; 도로·시설물 29,034.} — never as
 * {@code 분야: 교통·주차 | 접수 건수: 54756};</li>
 * <li>when the analysis computed figures neither line states (the difference of a
 * change), those: {@code 함께 계산된 수치: 1,813.}</li>
 * </ol>
 * The SQL and the exact source rows stay with the analysis, found by its id.
 */
public final class FigureSource {

	private FigureSource() {
	}

	/**
	 * The analysis as source {@code number}, cited as {@code figure-<analysisId>}.
	 * @param language the language of the draft, which the analysis was worded in
	 */
	public static NumberedSource of(int number, Analysis analysis, String analysisId, Language language) {
		boolean ko = language == Language.KO;
		List<String> lines = new ArrayList<>();
		lines.add(analysis.statement().strip());
		lines.add((ko ? "계산 방법: " : "How it was computed: ") + analysis.description().strip());
		lines.add((ko ? "계산 결과(" : "Result (") + String.join(", ", analysis.columns()) + "): " + rows(analysis) + ".");
		String stated = String.join("\n", lines).replace(",", "");
		List<String> more = analysis.figures()
			.stream()
			.map(Analysis::format)
			.filter(f -> !CitedNumbers.containsNumber(stated, f.replace(",", "")))
			.distinct()
			.toList();
		if (!more.isEmpty()) {
			lines.add((ko ? "함께 계산된 수치: " : "Also computed: ") + String.join(", ", more) + ".");
		}
		String text = String.join("\n", lines);
		return new NumberedSource(number, "figure-" + analysisId, analysis.table().documentId(),
				analysis.table().title(), text, escape(analysis.statement().strip()), null, 0, 0, Citation.FIGURE,
				analysisId);
	}

	/** The statement of a figure source: the first line of its text. */
	static String statement(NumberedSource figure) {
		String text = figure.text();
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

	/**
	 * {@code 교통·주차 54,756; 환경·청소 29,619}: each row's values, rows apart by semicolons.
	 */
	private static String rows(Analysis analysis) {
		return analysis.rows()
			.stream()
			.map(row -> row.stream().map(Analysis::format).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("; "));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
