package io.draftwave.tables;

import java.util.List;
import java.util.Set;

import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentStatus;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.IngestionProgress;
import io.draftwave.corpus.OriginalStore;
import io.draftwave.corpus.StartupIndexingEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the tables of stored documents that never got them, once the corpus' start-up
 * indexing has ended: documents stored before tables existed, before their format's
 * tables were read, or read by an older extraction ({@link Tables#EXTRACTION_VERSION}).
 * An unchanged corpus file is skipped at start, so without this its document would keep
 * no tables, or old ones. Runs on the corpus' thread {@code corpus-ingest}, document by
 * document as {@link TableIngestion} does on arrival, logging its progress; a document
 * whose tables cannot be read is logged and tried again at the next start.
 */
@Component
class TableCatchUp {

	private static final Logger log = LoggerFactory.getLogger(TableCatchUp.class);

	private final DocumentStore documents;

	private final OriginalStore originals;

	private final ObjectProvider<Tables> tables;

	private final TableIngestion ingestion;

	TableCatchUp(DocumentStore documents, OriginalStore originals, ObjectProvider<Tables> tables,
			TableIngestion ingestion) {
		this.documents = documents;
		this.originals = originals;
		this.tables = tables;
		this.ingestion = ingestion;
	}

	@EventListener
	void startupIndexingEnded(StartupIndexingEnded event) {
		catchUp(IngestionProgress.logging(log));
	}

	/**
	 * Loads the tables of every indexed document of a format with tables that the current
	 * extraction has not read.
	 * @return how many documents were read
	 */
	int catchUp(IngestionProgress progress) {
		List<DocumentRecord> candidates = documents.findByStatus(DocumentStatus.INDEXED)
			.filter(r -> TableIngestion.holdsTables(r.format()))
			.collectList()
			.block();
		if (candidates == null || candidates.isEmpty()) {
			return 0;
		}
		// opens the database, so a document without tables has its reading recorded too
		Set<String> extracted = tables.getObject().extractedDocuments();
		List<DocumentRecord> missing = candidates.stream().filter(r -> !extracted.contains(r.id())).toList();
		if (missing.isEmpty()) {
			return 0;
		}
		progress.start("Loading the tables of stored documents", missing.size());
		for (DocumentRecord record : missing) {
			ingestion.stored(record.id(), record.title(), record.fileName(), originals.path(record.sha256()),
					record.format());
			progress.step(record.fileName());
		}
		progress.end();
		return missing.size();
	}

}
