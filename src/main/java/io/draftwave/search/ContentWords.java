package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import io.draftwave.corpus.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** TEMPORARY STUB: the real class comes from the other branch. */
public final class ContentWords {

	public Set<String> of(String text) {
		return of(text, Language.detect(text));
	}

	public Set<String> of(String text, Language language) {
		Set<String> terms = new LinkedHashSet<>();
		try (Analyzer analyzer = language == Language.KO ? Analyzers.korean() : Analyzers.english();
				TokenStream ts = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				terms.add(term.toString());
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

}
