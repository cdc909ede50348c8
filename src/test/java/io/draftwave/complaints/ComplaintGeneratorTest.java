package io.draftwave.complaints;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintGeneratorTest {

	static final GeneratedComplaints PLANTED = ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, true);

	@Test
	void should_give_the_same_complaints_when_generated_twice_from_one_seed() {
		// when
		var again = ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, true);

		// then
		assertThat(again).isEqualTo(PLANTED);
	}

	@Test
	void should_cover_three_years_with_at_least_20000_rows_in_row_order() {
		// given
		List<Complaint> complaints = PLANTED.complaints();

		// then
		assertThat(complaints).hasSizeGreaterThanOrEqualTo(20_000);
		assertThat(complaints.getFirst().received()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(complaints.getLast().received()).isEqualTo(LocalDate.of(2025, 12, 31));
		for (int i = 0; i < complaints.size(); i++) {
			assertThat(complaints.get(i).row()).isEqualTo(i + 1);
		}
		assertThat(complaints).extracting(Complaint::district).containsOnlyElementsOf(ComplaintGenerator.DISTRICTS);
		assertThat(complaints).filteredOn(c -> c.text().contains("010-")).hasSizeGreaterThan(100);
		assertThat(complaints).filteredOn(c -> c.text().contains("@example.com")).hasSizeGreaterThan(100);
		assertThat(complaints).filteredOn(c -> c.status().equals("처리중")).allMatch(c -> c.handlingDays() == null);
	}

	@Test
	void should_plant_one_cluster_per_district_and_the_emerging_issue_when_planted() {
		// then
		assertThat(PLANTED.clusters()).extracting(PlantedCluster::district)
			.containsExactlyElementsOf(ComplaintGenerator.DISTRICTS);
		for (PlantedCluster cluster : PLANTED.clusters()) {
			List<Complaint> rows = cluster.rows().stream().map(r -> PLANTED.complaints().get(r - 1)).toList();
			assertThat(rows).hasSizeBetween(6, 12).allMatch(c -> c.place().equals(cluster.place()));
			assertThat(rows.getLast().received()).isBefore(rows.getFirst().received().plusDays(43));
		}
		assertThat(PLANTED.emergingTerm()).isEqualTo("자전거");
		assertThat(PLANTED.emergingQuarter()).isEqualTo("2025-Q4");
	}

	@Test
	void should_plant_nothing_when_a_control_set_is_generated() {
		// when
		var control = ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, false);

		// then
		assertThat(control.clusters()).isEmpty();
		assertThat(control.emergingTerm()).isNull();
		assertThat(control.complaints()).hasSizeLessThan(PLANTED.complaints().size());
	}

	@Test
	void should_write_a_csv_marked_fictional_when_written(@TempDir Path dir) throws Exception {
		// given
		var small = ComplaintGenerator.generate(7, 50, true);
		Path file = dir.resolve(ComplaintGenerator.FILE_NAME);

		// when
		small.write(file);

		// then
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).contains("가상 자료").contains("허구");
		assertThat(lines.get(1)).isEqualTo("접수일,분야,자치구,장소,처리부서,처리일수,처리상태,민원 내용");
		assertThat(lines).hasSize(2 + small.complaints().size());
	}

}
