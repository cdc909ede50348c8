package io.draftwave.complaints;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Plan;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facade on a generated complaint CSV of about 3,000 rows loaded as a table: every
 * analysis gives figures that cite the table, with statements stating their figures, and
 * details checked against the generator's rows.
 */
class ComplaintAnalysesTest {

	@TempDir
	static Path dir;

	static GeneratedComplaints generated;

	static Tables tables;

	static ComplaintAnalyses analyses;

	static String tableId;

	@BeforeAll
	static void load() throws Exception {
		generated = ComplaintGenerator.generate(ComplaintGenerator.SEED, 3_000, true);
		Path file = dir.resolve(ComplaintGenerator.FILE_NAME);
		generated.write(file);
		tables = Tables.open(dir.resolve("data"));
		tables.load("complaints", "민원", file);
		tables.load("other", "기타", java.nio.file.Files.writeString(dir.resolve("n.csv"), "연도,건수\n2024,1\n2025,2\n"));
		analyses = new ComplaintAnalyses(tables);
		tableId = tables.list()
			.stream()
			.filter(t -> t.documentId().equals("complaints"))
			.findFirst()
			.orElseThrow()
			.tableId();
	}

	@AfterAll
	static void close() {
		tables.close();
	}

	@Test
	void should_list_the_complaint_table_only_with_its_filter_values() {
		// when
		List<ComplaintTableFacts> found = analyses.list();

		// then
		assertThat(found).singleElement().satisfies(facts -> {
			assertThat(facts.tableId()).isEqualTo(tableId);
			assertThat(facts.districts())
				.containsExactlyElementsOf(ComplaintGenerator.DISTRICTS.stream().sorted().toList());
			assertThat(facts.fields()).containsExactlyElementsOf(
					generated.complaints().stream().map(Complaint::field).distinct().sorted().toList());
			assertThat(facts.from()).isEqualTo(generated.complaints().getFirst().received());
			assertThat(facts.to()).isEqualTo(generated.complaints().getLast().received());
		});
	}

	@Test
	void should_state_the_planted_emerging_term_with_its_counts_when_the_guards_are_lowered_for_a_small_set() {
		// when
		ComplaintFindings findings = analyses.analyse(
				ComplaintQuery.of(tableId, "emerging", null, null, null, null, "ko", Map.of("minCount", 5, "minZ", 3)));

		// then
		ComplaintDetails.Emerging details = (ComplaintDetails.Emerging) findings.details();
		assertThat(details.quarter()).isEqualTo("2025-Q4");
		EmergingTerm top = details.terms().getFirst().term();
		assertThat(top.term()).isEqualTo("자전거");
		Analysis figure = findings.figures().getFirst();
		long quarter = generated.complaints()
			.stream()
			.filter(c -> c.received().getYear() == 2025 && c.received().getMonthValue() >= 10)
			.count();
		assertThat(figure.figures().subList(0, 2)).containsExactly((double) quarter, (double) top.count());
		assertThat(figure.statement()).startsWith(
				"2025년 4분기 민원 " + Analysis.format((double) quarter) + "건 중 '자전거'가 언급된 민원은 " + top.count() + "건");
		assertThat(figure.plan()).isInstanceOfSatisfying(Plan.Computed.class,
				p -> assertThat(p.method()).isEqualTo("complaints.emerging"));
		assertThat(figure.chart().labels()).hasSize(12).startsWith("2023-Q1");
		assertThat(figure.sql()).isEmpty();
	}

	@Test
	void should_find_every_planted_cluster_and_list_its_complaints_masked() {
		// when
		ComplaintFindings findings = analyses
			.analyse(ComplaintQuery.of(tableId, "repeats", null, null, null, null, "ko", Map.of()));

		// then
		ComplaintDetails.Repeats details = (ComplaintDetails.Repeats) findings.details();
		for (PlantedCluster planted : generated.clusters()) {
			assertThat(details.clusters())
				.anySatisfy(c -> assertThat(c.complaints()).extracting(ComplaintRow::row).containsAll(planted.rows()));
		}
		assertThat(details.clusters()).flatExtracting(ComplaintDetails.Cluster::complaints)
			.allSatisfy(row -> assertThat(row.text()).doesNotContainPattern("010-\\d{4}-\\d{4}")
				.doesNotContain("@example.com"));
		Analysis figure = findings.figures().getFirst();
		assertThat(figure.figures().get(0)).isEqualTo(details.clusterCount());
		assertThat(figure.statement()).contains(details.clusterCount() + "개, 민원 " + details.complaintCount() + "건");
		assertThat(figure.sourceRowCount()).isEqualTo(details.complaintCount());
	}

	@Test
	void should_keep_to_the_filters_in_every_analysis() {
		// when
		ComplaintFindings findings = analyses
			.analyse(ComplaintQuery.of(tableId, "handling", "2024-01-01", "2024-12-31", null, "누리구", "en", Map.of()));

		// then
		long expected = generated.complaints()
			.stream()
			.filter(c -> c.received().getYear() == 2024 && c.district().equals("누리구"))
			.count();
		assertThat(findings.complaintCount()).isEqualTo((int) expected);
		Analysis figure = findings.figures().getFirst();
		assertThat(figure.statement())
			.startsWith("The median handling time (누리구, received 2024-01-01 to 2024-12-31) is ");
		assertThat(figure.sourceRows()).allMatch(r -> generated.complaints().get(r - 1).district().equals("누리구")
				&& generated.complaints().get(r - 1).received().getYear() == 2024);
		assertThat(((Plan.Computed) figure.plan()).filters()).hasSize(2);
		ComplaintFindings korean = analyses
			.analyse(ComplaintQuery.of(tableId, "handling", null, null, null, null, "ko", Map.of()));
		assertThat(korean.figures().getFirst().statement()).contains("분야별 기준(Q3 + 3×IQR)");
		assertThat(korean.figures().get(1).statement())
			.matches("부서별 처리일수 중앙값은 \\S+[이가] [0-9.]+일로 가장 길고, \\S+[이가] [0-9.]+일로 가장 짧습니다\\.");
	}

	@Test
	void should_give_topic_and_hotspot_figures_with_charts_and_stable_ids() {
		// when
		ComplaintFindings topics = analyses
			.analyse(ComplaintQuery.of(tableId, "topics", null, null, null, null, null, Map.of()));
		ComplaintFindings again = analyses
			.analyse(ComplaintQuery.of(tableId, "topics", null, null, null, null, null, Map.of()));
		ComplaintFindings hotspots = analyses
			.analyse(ComplaintQuery.of(tableId, "hotspots", null, null, null, null, null, Map.of("places", 4)));

		// then
		assertThat(topics.figures()).hasSize(2).allSatisfy(f -> assertThat(f.chart()).isNotNull());
		assertThat(AnalysisArchive.idOf(topics.figures().getFirst()))
			.isEqualTo(AnalysisArchive.idOf(again.figures().getFirst()));
		assertThat(topics.figures().getFirst().statement()).startsWith("2025년 4분기 민원 ");
		Analysis places = hotspots.figures().getFirst();
		assertThat(places.rows()).hasSize(4);
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		generated.complaints()
			.stream()
			.filter(c -> !c.received().isBefore(java.time.LocalDate.of(2025, 10, 1)))
			.forEach(c -> counts.merge(c.field() + " " + c.where(), 1, Integer::sum));
		assertThat(places.figures().getFirst())
			.isEqualTo((double) counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
		assertThat(analyses.terms(tableId)).isSameAs(analyses.terms(tableId));
	}

	@Test
	void should_refuse_an_unknown_table_a_table_without_complaints_and_values_out_of_range() {
		// given
		String other = tables.list()
			.stream()
			.filter(t -> t.documentId().equals("other"))
			.map(TableInfo::tableId)
			.findFirst()
			.orElseThrow();

		// then
		assertThatThrownBy(
				() -> analyses.analyse(ComplaintQuery.of("nope", "topics", null, null, null, null, null, Map.of())))
			.isInstanceOfSatisfying(ComplaintTableException.class, ex -> assertThat(ex.missing()).isTrue());
		assertThatThrownBy(
				() -> analyses.analyse(ComplaintQuery.of(other, "topics", null, null, null, null, null, Map.of())))
			.isInstanceOfSatisfying(ComplaintTableException.class, ex -> assertThat(ex.missing()).isFalse());
		assertThatThrownBy(() -> ComplaintQuery.of(tableId, "trends", null, null, null, null, null, Map.of()))
			.isInstanceOf(ComplaintQueryException.class)
			.hasMessage("'analysis' must be one of topics, emerging, repeats, hotspots, handling; not 'trends'");
		assertThatThrownBy(() -> ComplaintQuery.of(tableId, "topics", null, null, null, null, null, Map.of("terms", 0)))
			.hasMessage("'terms' must be a whole number from 1 to 30; not '0'");
		assertThatThrownBy(
				() -> ComplaintQuery.of(tableId, "repeats", null, null, null, null, null, Map.of("similarity", "high")))
			.hasMessage("'similarity' must be a number from 0.1 to 1; not 'high'");
		assertThatThrownBy(
				() -> ComplaintQuery.of(tableId, "topics", "2025-02-01", "2025-01-01", null, null, null, Map.of()))
			.isInstanceOf(ComplaintQueryException.class);
		assertThatThrownBy(() -> ComplaintQuery.of(tableId, "topics", null, null, null, null, null, Map.of("count", 3)))
			.hasMessageContaining("'count' is no parameter of topics; it takes period, terms, examples");
		assertThat(ComplaintQuery.of(tableId, "topics", null, null, null, null, null, Map.of("period", "YEAR"))
			.parameters()).containsEntry("period", "year").containsEntry("terms", "5");
	}

}
