package io.draftwave.corpus;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Removes documents: the record is marked {@link DocumentStatus#DELETING}, the passages
 * leave the index (committed), then the record and the original go. A crash part-way
 * leaves a {@code DELETING} record that the next start finishes removing.
 */
@Component
public class DocumentRemoval {

	private static final Logger log = LoggerFactory.getLogger(DocumentRemoval.class);

	private final DocumentStore store;

	private final OriginalStore originals;

	private final PassageSink index;

	private final StoreWork work;

	private final List<DocumentListener> listeners;

	DocumentRemoval(DocumentStore store, OriginalStore originals, PassageSink index, StoreWork work,
			List<DocumentListener> listeners) {
		this.work = work;
		this.listeners = List.copyOf(listeners);
		this.store = store;
		this.originals = originals;
		this.index = index;
	}

	/**
	 * Removes the document with this id. Once the record is found the removal runs to its
	 * end, even when the returned {@link Mono} is cancelled.
	 * @return the removed record; a {@link DocumentNotFoundException} error when there is
	 * none
	 */
	public Mono<DocumentRecord> remove(String id) {
		return store.findById(id)
			.switchIfEmpty(Mono.error(() -> new DocumentNotFoundException(id)))
			.flatMap(record -> work.detached(remove(record)));
	}

	/** Finishes removing a record, whatever its status. */
	Mono<DocumentRecord> remove(DocumentRecord record) {
		DocumentRecord deleting = record.withStatus(DocumentStatus.DELETING, Instant.now());
		return store.update(deleting).then(work.run(() -> {
			index.delete(record.id());
			index.commit();
		}))
			.then(store.delete(record.id()))
			.then(work.run(() -> originals.delete(record.sha256())))
			.then(listeners.isEmpty() ? Mono.empty() : work.run(() -> tell(record)))
			.thenReturn(record)
			.doOnSuccess(r -> log.info("Removed document {} ('{}')", r.id(), r.fileName()));
	}

	private void tell(DocumentRecord record) {
		for (DocumentListener listener : listeners) {
			try {
				listener.removed(record.id());
			}
			catch (RuntimeException ex) {
				log.warn("Document {} ('{}') is removed, but {} could not drop it: {}", record.id(), record.fileName(),
						listener.getClass().getSimpleName(), ex.toString());
			}
		}
	}

}
