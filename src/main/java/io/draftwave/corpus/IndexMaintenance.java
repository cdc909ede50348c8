package io.draftwave.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps the index consistent with the records and the originals: repairs what a crash
 * left half-done, and rebuilds the whole index from the originals on request. Blocking;
 * call it from a start-up or command-line thread, never from an event loop.
 */
@Component
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	private final DocumentStore store;

	private final OriginalStore originals;

	private final PassageSink index;

	private final DocumentReader reader;

	private final DocumentRemoval removal;

	IndexMaintenance(DocumentStore store, OriginalStore originals, PassageSink index, DocumentReader reader,
			DocumentRemoval removal) {
		this.store = store;
		this.originals = originals;
		this.index = index;
		this.reader = reader;
		this.removal = removal;
	}

	/**
	 * What {@link #repair()} found and fixed.
	 *
	 * @param removed documents whose removal was finished
	 * @param reindexed documents indexed again (interrupted ingestion, or passages
	 * missing from the index)
	 * @param orphansDropped documents in the index with no record, dropped from it
	 * @param originalsDropped kept originals no record refers to, deleted
	 */
	public record RepairReport(int removed, int reindexed, int orphansDropped, int originalsDropped) {

		public boolean clean() {
			return removed + reindexed + orphansDropped + originalsDropped == 0;
		}

	}

	/**
	 * Brings index, records and originals back in line after a crash: finishes removals,
	 * indexes again documents whose ingestion was interrupted or whose passages are
	 * missing, drops index entries and originals that no record refers to, and commits.
	 */
	public RepairReport repair() {
		originals.removeLeftovers();
		List<DocumentRecord> deleting = store.findByStatus(DocumentStatus.DELETING).collectList().block();
		deleting.forEach(r -> removal.remove(r).block());
		List<DocumentRecord> records = store.findAll().collectList().block();
		Set<String> indexed = index.documentIds();
		int reindexed = 0;
		for (DocumentRecord r : records) {
			boolean missing = r.passageCount() > 0 && !indexed.contains(r.id());
			if (r.status() == DocumentStatus.INDEXING || missing) {
				if (reindex(r)) {
					reindexed++;
				}
			}
		}
		Set<String> known = records.stream().map(DocumentRecord::id).collect(Collectors.toSet());
		int orphans = 0;
		for (String id : indexed) {
			if (!known.contains(id)) {
				index.delete(id);
				orphans++;
			}
		}
		index.commit();
		for (DocumentRecord r : records) {
			if (r.status() == DocumentStatus.INDEXING && originals.exists(r.sha256())) {
				store.update(r.withStatus(DocumentStatus.INDEXED, Instant.now())).block();
			}
		}
		int dropped = dropUnreferencedOriginals(records);
		RepairReport report = new RepairReport(deleting.size(), reindexed, orphans, dropped);
		if (report.clean()) {
			log.info("Index checked against {} document records: consistent", records.size());
		}
		else {
			log.warn(
					"Repaired the index after an interrupted run: {} removals finished, {} documents re-indexed, "
							+ "{} orphan index entries and {} unreferenced originals dropped",
					report.removed(), report.reindexed(), report.orphansDropped(), report.originalsDropped());
		}
		return report;
	}

	/**
	 * Rebuilds the index from the originals ({@link #rebuild}) when its passages were
	 * analysed otherwise than the index now analyses (the search settings changed since),
	 * so that queries and passages are analysed alike again.
	 * @return whether the index was rebuilt
	 */
	public boolean rebuildIfAnalysisChanged(IngestionProgress progress) {
		var stale = index.staleAnalysis();
		if (stale.isEmpty()) {
			return false;
		}
		log.warn("The passage index was built with another analysis ({}) than this version uses; "
				+ "rebuilding it from the stored originals before the service opens", stale.get());
		rebuild(progress);
		return true;
	}

	/**
	 * Empties the index and indexes every stored document again from its original.
	 * @return the number of documents indexed
	 */
	public int rebuild(IngestionProgress progress) {
		List<DocumentRecord> records = store.findAll()
			.filter(r -> r.status() != DocumentStatus.DELETING)
			.collectList()
			.block();
		progress.start("Rebuilding the index", records.size());
		index.deleteAll();
		int done = 0;
		for (DocumentRecord r : records) {
			if (reindex(r)) {
				done++;
			}
			progress.step(r.fileName());
		}
		index.commit();
		for (DocumentRecord r : records) {
			if (r.status() != DocumentStatus.INDEXED && originals.exists(r.sha256())) {
				store.update(r.withStatus(DocumentStatus.INDEXED, Instant.now())).block();
			}
		}
		progress.end();
		log.info("Rebuilt the index from {} originals: {} passages", done, index.passageCount());
		return done;
	}

	private boolean reindex(DocumentRecord r) {
		if (!originals.exists(r.sha256())) {
			log.error("The original of document {} ('{}', sha256 {}) is missing; its record is removed. "
					+ "Upload the file again to restore it.", r.id(), r.fileName(), r.sha256());
			store.delete(r.id()).block();
			index.delete(r.id());
			return false;
		}
		DocumentReader.ReadDocument read = reader.read(originals.path(r.sha256()), r.fileName());
		index.add(new IndexedDocument(r.id(), r.title(), read.text().passages()));
		return true;
	}

	private int dropUnreferencedOriginals(List<DocumentRecord> records) {
		return originals.keepOnly(records.stream().map(DocumentRecord::sha256).collect(Collectors.toSet()));
	}

}
