package io.draftwave.complaints;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.draftwave.complaints.ComplaintTable.Role;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.tables.Column;
import io.draftwave.tables.ColumnType;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ComplaintTableTest {

	@TempDir
	Path dir;

	@Test
	void should_find_every_role_and_read_the_complaints_when_the_generated_csv_is_loaded() throws Exception {
		// given
		GeneratedComplaints generated = ComplaintGenerator.generate(11, 300, true);
		Path file = dir.resolve(ComplaintGenerator.FILE_NAME);
		generated.write(file);
		String counts = """
				연도,분야,접수 건수,처리율(%)
				2024,교통,120,91.5
				2025,교통,150,92.0
				""";

		try (Tables tables = Tables.open(dir.resolve("data"))) {
			tables.load("c", "민원", file);
			tables.load("n", "민원 접수 현황", Files.writeString(dir.resolve("counts.csv"), counts));

			// when
			List<ComplaintTable> found = ComplaintTable.find(tables);

			// then
			assertThat(found).hasSize(1);
			assertThat(found.getFirst().columnNames()).containsExactly(entry(Role.TEXT, "민원 내용"),
					entry(Role.RECEIVED, "접수일"), entry(Role.FIELD, "분야"), entry(Role.DISTRICT, "자치구"),
					entry(Role.PLACE, "장소"), entry(Role.DEPARTMENT, "처리부서"), entry(Role.HANDLING_DAYS, "처리일수"),
					entry(Role.STATUS, "처리상태"));
			// personal data in the texts was masked as the table was loaded
			KoreanPiiMasker masker = new KoreanPiiMasker();
			List<Complaint> masked = generated.complaints()
				.stream()
				.map(c -> new Complaint(c.row(), c.received(), c.field(), c.district(), c.place(), c.department(),
						c.handlingDays(), c.status(), masker.mask(c.text())))
				.toList();
			assertThat(generated.complaints()).extracting(Complaint::text).anyMatch(t -> t.contains("010-"));
			assertThat(found.getFirst().complaints(tables)).isEqualTo(masked);
		}
	}

	@Test
	void should_recognise_english_names_and_a_long_text_column_when_names_say_little() {
		// given
		TableInfo table = new TableInfo("t", "d", "311 requests", "sheet", 2, 0,
				List.of(column("opened", ColumnType.DATE), column("closed date", ColumnType.DATE),
						column("category", ColumnType.TEXT), column("address", ColumnType.TEXT),
						column("days to close", ColumnType.INTEGER), column("memo", ColumnType.TEXT)));
		List<List<Object>> sample = List.of(
				List.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 5), "Noise", "12 Main St", 3L,
						"Loud music from the bar next door every night after midnight, please check."),
				List.of(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 4), "Streets", "4 Elm St", 1L,
						"A large pothole in front of the school has damaged two cars this week."));

		// when
		var recognised = ComplaintTable.recognise(table, sample);

		// then
		assertThat(recognised).isPresent();
		assertThat(recognised.get().columnNames()).containsExactly(entry(Role.TEXT, "memo"),
				entry(Role.RECEIVED, "opened"), entry(Role.FIELD, "category"), entry(Role.PLACE, "address"),
				entry(Role.HANDLING_DAYS, "days to close"));
	}

	@Test
	void should_not_recognise_a_table_when_its_texts_are_short_labels() {
		// given
		TableInfo table = new TableInfo("t", "d", "대여", "sheet", 2, 0,
				List.of(column("날짜", ColumnType.DATE), column("대여소", ColumnType.TEXT)));
		List<List<Object>> sample = List.of(List.of(LocalDate.of(2025, 1, 2), "한빛구 제01대여소"),
				List.of(LocalDate.of(2025, 1, 2), "누리구 제02대여소"));

		// then
		assertThat(ComplaintTable.recognise(table, sample)).isEmpty();
	}

	private static Column column(String name, ColumnType type) {
		return new Column(name, name, type, "");
	}

}
