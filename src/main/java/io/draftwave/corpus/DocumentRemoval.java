package io.draftwave.corpus;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Removes documents: the record is marked {@link DocumentStatus#DELETING}, the passages leave the
 * index (committed), then the record and the original go. A crash part-way leaves a
 * {@code DELETING} record that the next start finishes removing.
 */
@Component
public class DocumentRemoval {

	private static final Logger log = LoggerFactory.getLogger(DocumentRemoval.class);

	private final DocumentStore store;

	private final OriginalStore originals;

	private final PassageSink index;

	DocumentRemoval(DocumentStore store, OriginalStore originals, PassageSink index) {
		this.store = store;
		this.originals = originals;
		this.index = index;
	}

	/**
	 * Removes the document with this id.
	 * @return the removed record; a {@link DocumentNotFoundException} error when there is none
	 */
	public Mono<DocumentRecord> remove(String id) {
		return store.findById(id)
			.switchIfEmpty(Mono.error(() -> new DocumentNotFoundException(id)))
			.flatMap(this::remove);
	}

	/** Finishes removing a record, whatever its status. */
	Mono<DocumentRecord> remove(DocumentRecord record) {
		DocumentRecord deleting = record.withStatus(DocumentStatus.DELETING, Instant.now());
		return store.update(deleting)
			.then(Mono.fromRunnable(() -> {
				index.delete(record.id());
				index.commit();
			}).subscribeOn(Schedulers.boundedElastic()))
			.then(store.delete(record.id()))
			.then(Mono.fromRunnable(() -> originals.delete(record.sha256())).subscribeOn(Schedulers.boundedElastic()))
			.thenReturn(record)
			.doOnSuccess(r -> log.info("Removed document {} ('{}')", r.id(), r.fileName()));
	}

}
