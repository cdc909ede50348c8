package io.draftwave.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentReader;
import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentStatus;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.IngestionProgress;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.OriginalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TableCatchUpTest {

	@TempDir
	Path dir;

	final List<String> progress = new ArrayList<>();

	@Test
	void should_load_the_tables_of_stored_documents_when_the_tables_file_is_absent() throws IOException {
		// given a data folder whose records and originals exist, stored before tables
		OriginalStore originals = new OriginalStore(dir.resolve("originals"));
		DocumentStore documents = mock(DocumentStore.class);
		when(documents.findByStatus(DocumentStatus.INDEXED)).thenReturn(
				Flux.just(stored(originals, "d1", "교육 인원.csv", DocumentFormat.CSV, "연도,참여 인원\n2024,847\n2025,861\n"),
						stored(originals, "d2", "보도자료.html", DocumentFormat.HTML, """
								<html><body><table><caption>과정별 교육 실적</caption>
								<tr><th>과정</th><th>참여 인원</th></tr><tr><td>Level 0</td><td>352명</td></tr>
								<tr><td>Level 1</td><td>218명</td></tr></table></body></html>"""),
						stored(originals, "d3", "안내.html", DocumentFormat.HTML,
								"<html><body><p>표 없음</p></body></html>"),
						stored(originals, "d4", "메모.txt", DocumentFormat.TEXT, "표 없는 메모")));
		assertThat(dir.resolve(Tables.DATABASE_FILE)).doesNotExist();

		try (Tables tables = Tables.open(dir)) {
			TableCatchUp catchUp = catchUp(documents, originals, tables);

			// when
			int read = catchUp.catchUp(progress());

			// then
			assertThat(read).isEqualTo(3);
			assertThat(tables.list()).extracting(TableInfo::documentId).containsExactly("d1", "d2");
			assertThat(tables.list().get(1).columns()).extracting(Column::unit).containsExactly("", "명");
			assertThat(progress).containsExactly("start 3", "교육 인원.csv", "보도자료.html", "안내.html", "end");

			// when started again
			progress.clear();
			int again = catchUp.catchUp(progress());

			// then the documents read by this extraction, with tables or without, are
			// not read twice
			assertThat(again).isZero();
			assertThat(progress).isEmpty();
		}
	}

	private TableCatchUp catchUp(DocumentStore documents, OriginalStore originals, Tables tables) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("tables", tables);
		TableIngestion ingestion = new TableIngestion(beans.getBeanProvider(Tables.class),
				DocumentReader.standalone(800), dir.resolve(Tables.DATABASE_FILE));
		return new TableCatchUp(documents, originals, beans.getBeanProvider(Tables.class), ingestion);
	}

	private DocumentRecord stored(OriginalStore originals, String id, String fileName, DocumentFormat format,
			String content) throws IOException {
		Path file = Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
		String sha256 = OriginalStore.sha256(file);
		originals.store(file, sha256);
		Instant now = Instant.now();
		return new DocumentRecord(id, fileName, fileName, format, Language.KO, Files.size(file), sha256,
				DocumentRecord.UPLOAD_ORIGIN, DocumentStatus.INDEXED, 1, now, now);
	}

	private IngestionProgress progress() {
		return new IngestionProgress() {

			@Override
			public void start(String task, long total) {
				progress.add("start " + total);
			}

			@Override
			public void step(String item) {
				progress.add(item);
			}

			@Override
			public void end() {
				progress.add("end");
			}
		};
	}

}
