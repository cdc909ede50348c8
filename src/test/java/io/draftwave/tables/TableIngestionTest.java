package io.draftwave.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.draftwave.corpus.DocumentFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TableIngestionTest {

	@TempDir
	Path dir;

	Tables tables;

	TableIngestion ingestion;

	@BeforeEach
	void open() {
		tables = Tables.open(dir);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("tables", tables);
		ingestion = new TableIngestion(beans.getBeanProvider(Tables.class));
	}

	@AfterEach
	void close() {
		tables.close();
	}

	@Test
	void should_read_an_original_kept_without_extension_by_the_name_it_arrived_with() throws IOException {
		// given an original named by its hash, as the corpus keeps it
		Path original = Files.writeString(dir.resolve("3f9a0c"), "연도\t인원(명)\n2031\t977\n", StandardCharsets.UTF_8);

		// when
		ingestion.stored("d1", "교육 인원", "교육 인원.tsv", original, DocumentFormat.CSV);

		// then
		assertThat(tables.list()).singleElement().satisfies(t -> {
			assertThat(t.documentId()).isEqualTo("d1");
			assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.YEAR, ColumnType.INTEGER);
		});
	}

	@Test
	void should_leave_documents_of_other_formats_and_unreadable_originals_without_tables_and_without_failing() {
		// when
		assertThatCode(() -> {
			ingestion.stored("d2", "메모", "memo.md", dir.resolve("absent"), DocumentFormat.MARKDOWN);
			ingestion.stored("d3", "깨진 표", "broken.csv", dir.resolve("absent"), DocumentFormat.CSV);
		}).doesNotThrowAnyException();

		// then
		assertThat(tables.list()).isEmpty();
	}

	@Test
	void should_remove_the_tables_of_a_removed_document() throws IOException {
		// given
		Path original = Files.writeString(dir.resolve("77aa"), "분기,건수\n1분기,4321\n", StandardCharsets.UTF_8);
		ingestion.stored("d4", "민원", "민원.csv", original, DocumentFormat.CSV);
		assertThat(tables.list()).hasSize(1);

		// when
		ingestion.removed("d4");

		// then
		assertThat(tables.list()).isEmpty();
	}

}
