package io.draftwave.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Takes a file into Draftwave: checks its size and type, reads it, keeps the original,
 * writes the record and indexes its passages. The file is read completely before anything
 * is stored, so a file that cannot be read leaves nothing behind; the record is written
 * before the index and marked {@link DocumentStatus#INDEXED} only after the index commit,
 * so a crash at any point leaves work that {@link IndexRepair} finishes on the next
 * start.
 */
@Component
public class DocumentIngestion {

	private static final Logger log = LoggerFactory.getLogger(DocumentIngestion.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DocumentStore store;

	private final OriginalStore originals;

	private final PassageSink index;

	private final DocumentReader reader;

	private final CorpusProperties properties;

	private final StoreWork work;

	private final Clock clock;

	private final List<DocumentListener> listeners;

	DocumentIngestion(DocumentStore store, OriginalStore originals, PassageSink index, DocumentReader reader,
			CorpusProperties properties, StoreWork work, List<DocumentListener> listeners) {
		this.work = work;
		this.listeners = List.copyOf(listeners);
		this.store = store;
		this.originals = originals;
		this.index = index;
		this.reader = reader;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	/**
	 * A file to ingest.
	 *
	 * @param file where its bytes are now; the caller keeps ownership of this file
	 * @param fileName the name it was given by the user, used for the type and the
	 * default title
	 * @param title a title that overrides the one found in the file, or null
	 * @param origin {@link DocumentRecord#UPLOAD_ORIGIN} or {@code corpus:<path>}
	 */
	public record Candidate(Path file, String fileName, @Nullable String title, String origin) {
	}

	/**
	 * What happened to a candidate.
	 *
	 * @param record the document's record
	 * @param created true when it was stored now, false when the same content or an
	 * unchanged file was already there
	 */
	public record Outcome(DocumentRecord record, boolean created) {
	}

	/**
	 * Ingests a file and commits the index, so the document is searchable and durable
	 * when the returned {@link Mono} completes. The ingestion runs to its end even when
	 * the returned {@link Mono} is cancelled (a client that went away): it is never left
	 * between the record and the index commit by a cancel. The caller keeps the
	 * candidate's file until then ({@link #ingest(Candidate, Runnable)}).
	 * @throws DocumentTooLargeException (as an error signal) over the size limit
	 * @throws UnsupportedFormatException (as an error signal) for an unknown type
	 * @throws UnreadableDocumentException (as an error signal) for a corrupt or encrypted
	 * file
	 */
	public Mono<Outcome> ingest(Candidate candidate) {
		return ingest(candidate, () -> {
		});
	}

	/**
	 * As {@link #ingest(Candidate)}, running {@code release} once the ingestion has
	 * ended, also when the caller cancelled before that: the place to remove a staged
	 * file.
	 */
	public Mono<Outcome> ingest(Candidate candidate, Runnable release) {
		return work.detached(committed(candidate).doFinally(signal -> release.run()))
			.doOnError(StoreClosingException.class, ex -> release.run());
	}

	private Mono<Outcome> committed(Candidate candidate) {
		return ingest(candidate, true).flatMap(outcome -> outcome.created()
				? markIndexed(outcome.record()).map(r -> new Outcome(r, true)) : Mono.just(outcome));
	}

	/**
	 * Ingests a file without committing the index: the record stays
	 * {@link DocumentStatus#INDEXING} until the caller commits and calls
	 * {@link #markIndexed}. For folder ingestion in batches.
	 */
	public Mono<Outcome> ingestUncommitted(Candidate candidate) {
		return ingest(candidate, false);
	}

	/** Marks a record indexed after the index commit that made its passages durable. */
	public Mono<DocumentRecord> markIndexed(DocumentRecord record) {
		DocumentRecord indexed = record.withStatus(DocumentStatus.INDEXED, clock.instant());
		return store.update(indexed)
			.then(listeners.isEmpty() ? Mono.empty() : work.run(() -> tell(indexed)))
			.thenReturn(indexed);
	}

	private void tell(DocumentRecord record) {
		for (DocumentListener listener : listeners) {
			try {
				listener.stored(record.id(), record.title(), record.fileName(), originals.path(record.sha256()),
						record.format());
			}
			catch (RuntimeException ex) {
				log.warn("Document {} ('{}') is stored, but {} could not take it: {}", record.id(), record.fileName(),
						listener.getClass().getSimpleName(), ex.toString());
			}
		}
	}

	private Mono<Outcome> ingest(Candidate candidate, boolean commit) {
		return Mono.fromCallable(() -> {
			long size = checkSize(candidate.file());
			return new Checked(size, reader.detect(candidate.file(), candidate.fileName()));
		}).subscribeOn(work.scheduler()).flatMap(checked -> {
			String sha256 = OriginalStore.sha256(candidate.file());
			return store.findBySha256(sha256)
				.map(existing -> new Outcome(existing, false))
				.switchIfEmpty(Mono.defer(() -> readAndStore(candidate, checked, sha256, commit)));
		});
	}

	/**
	 * A file that passed the size limit, and the format its name and first bytes agree
	 * on.
	 */
	private record Checked(long size, DocumentFormat format) {
	}

	private long checkSize(Path file) {
		try {
			long size = Files.size(file);
			if (size > properties.maxUploadSize().toBytes()) {
				throw new DocumentTooLargeException(properties.maxUploadSize());
			}
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private Mono<Outcome> readAndStore(Candidate candidate, Checked checked, String sha256, boolean commit) {
		long size = checked.size();
		return work.call(() -> reader.read(candidate.file(), checked.format()))
			.flatMap(read -> store.findByOrigin(candidate.origin())
				.filter(previous -> !DocumentRecord.UPLOAD_ORIGIN.equals(candidate.origin()))
				.map(previous -> replace(previous, candidate, read, sha256, size, commit))
				.defaultIfEmpty(Mono.defer(() -> create(candidate, read, sha256, size, commit)))
				.flatMap(m -> m));
	}

	private Mono<Outcome> create(Candidate candidate, DocumentReader.ReadDocument read, String sha256, long size,
			boolean commit) {
		Instant now = clock.instant();
		DocumentRecord record = new DocumentRecord(newId(), title(candidate, read),
				FileNames.safe(candidate.fileName()), read.format(), read.language(), size, sha256, candidate.origin(),
				DocumentStatus.INDEXING, read.text().passages().size(), now, now);
		return work.run(() -> originals.store(candidate.file(), sha256))
			.then(store.insert(record))
			.then(indexPassages(record, read, commit).onErrorResume(ex -> undo(record).then(Mono.error(ex))))
			.thenReturn(new Outcome(record, true))
			// the same bytes arriving twice at once: the unique hash lets one insert win
			.onErrorResume(DataIntegrityViolationException.class,
					ex -> store.findBySha256(sha256).map(existing -> new Outcome(existing, false)))
			.doOnSuccess(o -> log.info("Stored '{}' as document {} ({}, {} passages)", record.fileName(), record.id(),
					record.format(), record.passageCount()));
	}

	private Mono<Outcome> replace(DocumentRecord previous, Candidate candidate, DocumentReader.ReadDocument read,
			String sha256, long size, boolean commit) {
		DocumentRecord record = new DocumentRecord(previous.id(), title(candidate, read),
				FileNames.safe(candidate.fileName()), read.format(), read.language(), size, sha256, previous.origin(),
				DocumentStatus.INDEXING, read.text().passages().size(), previous.createdAt(), clock.instant());
		return work.run(() -> originals.store(candidate.file(), sha256))
			.then(store.update(record))
			.then(indexPassages(record, read, commit))
			.then(work.run(() -> originals.delete(previous.sha256())))
			.thenReturn(new Outcome(record, true))
			.doOnSuccess(o -> log.info("Re-indexed the changed file '{}' (document {}, {} passages)", record.fileName(),
					record.id(), record.passageCount()));
	}

	private Mono<Void> indexPassages(DocumentRecord record, DocumentReader.ReadDocument read, boolean commit) {
		return work.run(() -> {
			IndexedDocument document = new IndexedDocument(record.id(), record.title(), read.text().passages());
			index.add(document);
			if (commit) {
				index.commit();
			}
		});
	}

	/**
	 * Takes back a new document whose passages could not be indexed, so that a failed
	 * upload leaves nothing behind. When that fails too (the store itself is failing) the
	 * record stays {@link DocumentStatus#INDEXING} and the next start repairs it.
	 */
	private Mono<Void> undo(DocumentRecord record) {
		// the record first: passages or an original left without one are dropped by the
		// next start
		return store.delete(record.id()).then(work.run(() -> {
			index.delete(record.id());
			index.commit();
		}))
			.then(work.run(() -> originals.delete(record.sha256())))
			.doOnSuccess(v -> log.warn("Indexing '{}' failed; its record and original were removed again",
					record.fileName()))
			.onErrorResume(ex -> {
				log.error("Indexing '{}' failed and document {} could not be removed again ({}); the next start "
						+ "repairs it", record.fileName(), record.id(), ex.toString());
				return Mono.empty();
			});
	}

	private static String title(Candidate candidate, DocumentReader.ReadDocument read) {
		if (candidate.title() != null && !candidate.title().isBlank()) {
			return candidate.title().strip();
		}
		return read.titleOr(FileNames.safe(candidate.fileName()));
	}

	private static String newId() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
