package io.draftwave.search;

import java.util.Map;

import io.draftwave.corpus.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanQuery;
import org.jspecify.annotations.Nullable;

/**
 * One searchable field holding {@code title + "\n" + text}, as Anserini's BEIR "flat"
 * indexes do, with term vectors.
 */
record FlatSchema(Analyzer analyzer) implements SearchSchema {

	static final String BODY = "body";

	@Override
	public void addSearchableFields(Document document, String title, String text, Language language) {
		document.add(SearchSchema.body(BODY, title, text));
	}

	@Override
	public String bodyField(Language passageLanguage) {
		return BODY;
	}

	@Override
	public QueryPlan plan(String text, @Nullable Language hint, float titleBoost) {
		Map<String, Integer> counts = SearchSchema.termCounts(analyzer, BODY, text);
		if (counts.isEmpty()) {
			return new QueryPlan(null, Map.of());
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		SearchSchema.addBagOfWords(builder, BODY, counts, 1f);
		return new QueryPlan(builder.build(), Map.of(BODY, counts.keySet()));
	}

	@Override
	public void close() {
		analyzer.close();
	}

}
