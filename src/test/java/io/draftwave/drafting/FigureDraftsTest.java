package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.LuceneIndex;
import io.draftwave.tables.Analyses;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.TableRows;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Computed figures as numbered sources: a real table in a scratch DuckDB file, its rows
 * indexed as passages the way the corpus indexes a CSV, and a summary document that
 * points to the CSV.
 */
class FigureDraftsTest {

	static final String CSV = """
			연도,분야,접수 건수
			2023,교통·주차,52943
			2023,도로·시설물,30200
			2023,환경·청소,26285
			2023,건축·주택,15286
			2025,교통·주차,54756
			2025,도로·시설물,29034
			2025,환경·청소,29619
			2025,건축·주택,15004
			""";

	static final String TITLE = "민원 접수 현황 분야별";

	static final String SUMMARY = "민원 접수 건수는 2025년에 194,862건이었습니다. 분야별로는 교통·주차 민원이 매년 가장 많습니다. "
			+ "분야별 세부 수치는 「민원 접수 현황 분야별」 CSV 파일에 있습니다. 시는 교통·주차 민원을 줄이기 위해 주차 안내 서비스를 확대할 계획입니다.";

	@TempDir
	Path dir;

	private Tables tables;

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	private final ContentWords words = new ContentWords();

	private final AnalysisArchive analyses = new AnalysisArchive(10);

	@BeforeEach
	void loadTableAndPassages() throws IOException {
		Path file = dir.resolve("complaints.csv");
		Files.writeString(file, CSV, StandardCharsets.UTF_8);
		tables = Tables.open(dir);
		tables.load("complaints", TITLE, file);
		List<String> rows = CSV.lines()
			.skip(1)
			.map(line -> line.split(","))
			.map(c -> "연도: " + c[0] + " | 분야: " + c[1] + " | 접수 건수: " + c[2])
			.toList();
		index.indexAll(List.of(DraftingFixtures.document("complaints", TITLE, String.join("\n", rows)),
				DraftingFixtures.document("summary", "민원 데이터 소개", SUMMARY)));
	}

	@AfterEach
	void close() {
		index.close();
		tables.close();
	}

	@Test
	void should_number_the_figure_first_and_keep_its_analysis_when_the_request_asks_for_figures() {
		// when
		List<NumberedSource> sources = selector().select(request(DraftKind.ANSWER, "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?"));

		// then
		NumberedSource figure = sources.getFirst();
		assertThat(figure.isFigure()).isTrue();
		assertThat(figure.number()).isEqualTo(1);
		assertThat(figure.sourceId()).isEqualTo("figure-" + figure.analysisId());
		assertThat(figure.documentId()).isEqualTo("complaints");
		assertThat(figure.title()).isEqualTo(TITLE);
		assertThat(figure.text().lines().toList()).hasSize(3)
			.satisfies(
					lines -> assertThat(lines.get(0)).contains("교통·주차(54,756건)", "환경·청소(29,619건)", "도로·시설물(29,034건)"))
			.satisfies(lines -> assertThat(lines.get(1)).startsWith("계산 방법: ").contains("2025"))
			.satisfies(lines -> assertThat(lines.get(2))
				.isEqualTo("계산 결과(분야, 접수 건수): 교통·주차 54,756; 환경·청소 29,619; 도로·시설물 29,034."));
		assertThat(sources.subList(1, sources.size())).isNotEmpty()
			.allSatisfy(s -> assertThat(s.isFigure()).isFalse())
			.extracting(NumberedSource::number)
			.startsWith(2);
		Citation citation = Citation.of(figure);
		assertThat(citation.type()).isEqualTo(Citation.FIGURE);
		assertThat(citation.analysisId()).isEqualTo(figure.analysisId());
		Analysis kept = analyses.find(figure.analysisId()).orElseThrow();
		TableRows rows = tables.rows(kept.table().tableId(), 0, 10);
		assertThat(kept.sourceRows()).map(n -> rows.rows().get(n - 1).get(2)).containsExactly(54756L, 29034L, 29619L);
	}

	@Test
	void should_state_a_change_with_its_difference_when_the_request_asks_for_a_percentage() {
		// when
		NumberedSource figure = selector()
			.select(request(DraftKind.ANSWER, "2023년 대비 2025년 교통·주차 민원 접수 건수는 몇 퍼센트 늘었나요?"))
			.getFirst();

		// then
		assertThat(FigureSource.statement(figure))
			.isEqualTo("2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다 3.4% 늘었습니다.");
		assertThat(figure.text()).endsWith("함께 계산된 수치: 1,813.");
	}

	@Test
	void should_open_an_answer_with_the_figure_and_cite_it_as_a_figure_when_drafting() {
		// when
		Draft draft = service().draft(request(DraftKind.ANSWER, "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?")).block();

		// then
		assertThat(draft.text()).startsWith("## 답변\n2025년 접수 건수가 가장 많은 분야 3곳은 교통·주차(54,756건)")
			.doesNotContain(" | ")
			.doesNotContain("CSV 파일에 있습니다");
		assertThat(draft.citations().getFirst()).satisfies(c -> {
			assertThat(c.marker()).isEqualTo(1);
			assertThat(c.isFigure()).isTrue();
			assertThat(analyses.find(c.analysisId())).isPresent();
		});
		assertThat(draft.sentences()).allSatisfy(s -> assertThat(s.supported()).as("%s", s).isTrue());
	}

	@Test
	void should_put_the_figure_first_in_the_status_of_a_policy_report_and_the_lead_of_a_press_release() {
		// given
		String instructions = "2025년 분야별 민원 접수 현황 보고서";

		// when
		Draft report = service().draft(request(DraftKind.POLICY_REPORT, instructions)).block();
		Draft release = service().draft(request(DraftKind.PRESS_RELEASE, instructions)).block();

		// then
		String statement = "2025년 민원 접수 건수 합계는 128,413건입니다. [1]";
		assertThat(report.text()).contains("## 현황\n" + statement).doesNotContain("CSV 파일에 있습니다");
		assertThat(release.text()).contains("## 리드\n" + statement);
		assertThat(release.text()).doesNotContain("## 제목\n" + TITLE + " [1]");
		for (Draft draft : List.of(report, release)) {
			assertThat(draft.text()).doesNotContain(" | ");
			assertThat(draft.sentences()).allSatisfy(s -> assertThat(s.supported()).as("%s", s).isTrue());
		}
	}

	@Test
	void should_add_no_figure_when_no_table_answers_without_a_guess() {
		// when
		List<NumberedSource> clarified = selector().select(request(DraftKind.ANSWER, "2026년 교통·주차 민원 접수 건수는?"));
		List<NumberedSource> unrelated = selector().select(request(DraftKind.ANSWER, "주차 안내 서비스 확대 계획"));
		List<NumberedSource> procedure = selector().select(request(DraftKind.ANSWER, "교통·주차 민원 접수는 어떻게 하나요?"));

		// then
		assertThat(clarified).noneMatch(NumberedSource::isFigure);
		assertThat(unrelated).isNotEmpty().noneMatch(NumberedSource::isFigure);
		assertThat(procedure).as("a question about a procedure that names a table's column and value")
			.noneMatch(NumberedSource::isFigure);
	}

	@Test
	void should_ask_only_the_tables_of_the_requested_documents_when_documents_are_named() {
		// given
		String question = "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?";

		// when
		List<NumberedSource> own = selector().select(request(DraftKind.ANSWER, question, Set.of("complaints")));
		List<NumberedSource> other = selector().select(request(DraftKind.ANSWER, question, Set.of("summary")));

		// then
		assertThat(own.getFirst().isFigure()).isTrue();
		assertThat(other).isNotEmpty().noneMatch(NumberedSource::isFigure);
	}

	@Test
	void should_draft_from_passages_when_the_tables_cannot_be_read() {
		// given
		tables.close();
		SourceSelector selector = new SourceSelector(index, words, DraftingProperties.defaults(),
				new TableFigureLookup(() -> tables, () -> new Analyses(tables), analyses));
		FigureLookup failing = request -> new TableFigureLookup(() -> {
			throw new IllegalStateException("database locked");
		}, () -> new Analyses(tables), analyses).find(request);

		// when
		List<NumberedSource> closed = selector.select(request(DraftKind.ANSWER, "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?"));
		List<NumberedSource> locked = new SourceSelector(index, words, DraftingProperties.defaults(), failing)
			.select(request(DraftKind.ANSWER, "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?"));

		// then
		assertThat(closed).isNotEmpty().noneMatch(NumberedSource::isFigure);
		assertThat(locked).isNotEmpty().noneMatch(NumberedSource::isFigure);
		assertThat(closed.getFirst().number()).isEqualTo(1);
	}

	private SourceSelector selector() {
		return new SourceSelector(index, words, DraftingProperties.defaults(),
				new TableFigureLookup(() -> tables, () -> new Analyses(tables), analyses));
	}

	private DraftingService service() {
		return new DraftingService(selector(), new PromptTemplates(Path.of("prompts")), new ExtractiveDrafter(words),
				new CitationChecker(words, CitationChecker.DEFAULT_SUPPORT_THRESHOLD));
	}

	private static DraftRequest request(DraftKind kind, String instructions) {
		return request(kind, instructions, Set.of());
	}

	private static DraftRequest request(DraftKind kind, String instructions, Set<String> documentIds) {
		return new DraftRequest(kind, instructions, Language.KO, documentIds, DraftRequest.DEFAULT_K, false);
	}

}
