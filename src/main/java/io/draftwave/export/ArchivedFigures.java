package io.draftwave.export;

import java.time.Duration;
import java.util.Optional;

import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Charts;

/**
 * Finds a cited figure's analysis in the {@link AnalysisArchive} and draws its chart with
 * {@link Charts#png}; the document's title comes from the {@link DocumentStore}. Blocks
 * on the store, so it is called from an export, which runs off the event loop.
 */
final class ArchivedFigures implements FigureLookup {

	/** How long the title of a document is waited for before its id stands in. */
	static final Duration DOCUMENT_TIMEOUT = Duration.ofSeconds(10);

	private final AnalysisArchive archive;

	private final DocumentStore documents;

	ArchivedFigures(AnalysisArchive archive, DocumentStore documents) {
		this.archive = archive;
		this.documents = documents;
	}

	@Override
	public FigureDetails find(String analysisId, String documentId) {
		String documentTitle = documents.findById(documentId)
			.map(DocumentRecord::title)
			.blockOptional(DOCUMENT_TIMEOUT)
			.orElse(documentId);
		Optional<Analysis> analysis = archive.find(analysisId);
		if (analysis.isEmpty()) {
			return new FigureDetails(false, documentTitle, null);
		}
		var chart = analysis.get().chart();
		return new FigureDetails(true, documentTitle, chart == null ? null : Charts.png(chart));
	}

}
