package io.draftwave.corpus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement of {@link DocumentStore} on one database: the subclasses run it on the
 * embedded H2 and on PostgreSQL, with the same migrations.
 */
abstract class DocumentStoreContract {

	private static final Instant T0 = Instant.parse("2026-03-01T09:15:30.123456Z");

	private final StoreWork work = new StoreWork();

	private DocumentStore store;

	/** A migrated, empty database of the dialect under test. */
	abstract StoreDatabase database();

	@BeforeEach
	void openStore() {
		StoreDatabase database = database();
		assertThat(database.migrate().migrationsExecuted).isEqualTo(3);
		store = new DocumentStore(database.client(), work);
	}

	@AfterEach
	void closeStore() {
		work.destroy();
	}

	@Test
	void should_read_back_a_record_as_written_when_found_by_each_key() {
		// given
		DocumentRecord record = record("a", "corpus:보고서/2024 결과.md", T0);

		// when
		store.insert(record).block();

		// then
		assertThat(store.findById("a").block()).isEqualTo(record);
		assertThat(store.findBySha256(record.sha256()).block()).isEqualTo(record);
		assertThat(store.findByOrigin("corpus:보고서/2024 결과.md").block()).isEqualTo(record);
		assertThat(store.findByStatus(DocumentStatus.INDEXING).collectList().block()).containsExactly(record);
		assertThat(store.count().block()).isEqualTo(1);
		assertThat(store.findById("missing").blockOptional()).isEmpty();
	}

	@Test
	void should_list_the_newest_first_and_keep_created_at_when_updated() {
		// given
		DocumentRecord older = record("a", "upload", T0);
		DocumentRecord newer = record("b", "upload", T0.plusSeconds(60));
		store.insert(older).then(store.insert(newer)).block();

		// when
		DocumentRecord indexed = new DocumentRecord("a", "새 제목", "new.md", DocumentFormat.MARKDOWN, Language.EN, 99,
				older.sha256(), "upload", DocumentStatus.INDEXED, 7, T0.plusSeconds(3600), T0.plusSeconds(120));
		store.update(indexed).block();

		// then
		assertThat(store.findAll().map(DocumentRecord::id).collectList().block()).containsExactly("b", "a");
		assertThat(store.findById("a").block())
			.isEqualTo(new DocumentRecord("a", "새 제목", "new.md", DocumentFormat.MARKDOWN, Language.EN, 99,
					older.sha256(), "upload", DocumentStatus.INDEXED, 7, T0, T0.plusSeconds(120)));
		assertThat(store.findByStatus(DocumentStatus.INDEXED).map(DocumentRecord::id).collectList().block())
			.containsExactly("a");
	}

	@Test
	void should_match_an_origin_prefix_literally_when_it_holds_like_wildcards() {
		// given
		store.insert(record("a", "corpus:a_b/x.md", T0))
			.then(store.insert(record("b", "corpus:aXb/y.md", T0.plusSeconds(1))))
			.then(store.insert(record("c", "corpus:50%/z.md", T0.plusSeconds(2))))
			.then(store.insert(record("d", "corpus:50 percent/z.md", T0.plusSeconds(3))))
			.block();

		// when / then
		assertThat(store.findByOriginPrefix("corpus:a_b/").map(DocumentRecord::id).collectList().block())
			.containsExactly("a");
		assertThat(store.findByOriginPrefix("corpus:50%").map(DocumentRecord::id).collectList().block())
			.containsExactly("c");
		assertThat(store.findByOriginPrefix("corpus:").map(DocumentRecord::id).collectList().block())
			.containsExactly("a", "b", "c", "d");
	}

	@Test
	void should_find_nothing_when_deleted() {
		// given
		store.insert(record("a", "upload", T0)).then(store.insert(record("b", "upload", T0))).block();

		// when
		store.delete("a").block();

		// then
		assertThat(store.findById("a").blockOptional()).isEmpty();
		assertThat(store.findAll().map(DocumentRecord::id).collectList().block()).containsExactly("b");
		assertThat(store.count().block()).isEqualTo(1);
	}

	private static DocumentRecord record(String id, String origin, Instant created) {
		String sha256 = id.repeat(64).substring(0, 64);
		return new DocumentRecord(id, "2024년 교육 결과 " + id, id + ".md", DocumentFormat.MARKDOWN, Language.KO, 1234,
				sha256, origin, DocumentStatus.INDEXING, 0, created, created.plus(5, ChronoUnit.MILLIS));
	}

}
