package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Builds the excerpt of a hit: re-analyses the passage with its field's analyzer, marks the
 * tokens whose term is a query term, and cuts a window of about {@link #LENGTH} characters
 * holding the most matches. Stateless and thread-safe.
 */
final class Excerpts {

	/** Target excerpt length in characters, not counting markup and ellipses. */
	static final int LENGTH = 200;

	/** Characters of context kept before the first match of the window. */
	static final int LEAD = 40;

	static final String ELLIPSIS = "…";

	private Excerpts() {
	}

	/**
	 * The excerpt of {@code text}: HTML-escaped, matches wrapped in {@code <mark>}…{@code </mark>};
	 * the first {@link #LENGTH} characters, escaped, when nothing matches.
	 */
	static String excerpt(String text, Analyzer analyzer, String field, Set<String> terms) {
		List<Span> spans = terms.isEmpty() ? List.of() : matches(text, analyzer, field, terms);
		int start = 0;
		int best = -1;
		for (Span candidate : spans) {
			int windowStart = windowStart(text, candidate.start());
			int windowEnd = Math.min(text.length(), windowStart + LENGTH);
			int count = 0;
			for (Span span : spans) {
				if (span.start() >= windowStart && span.end() <= windowEnd) {
					count++;
				}
			}
			if (count > best) {
				best = count;
				start = windowStart;
			}
		}
		int end = Math.min(text.length(), start + LENGTH);
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		StringBuilder out = new StringBuilder(LENGTH + 64);
		if (start > 0) {
			out.append(ELLIPSIS);
		}
		int position = start;
		for (Span span : spans) {
			if (span.start() < position || span.end() > end) {
				continue;
			}
			escape(text, position, span.start(), out);
			out.append("<mark>");
			escape(text, span.start(), span.end(), out);
			out.append("</mark>");
			position = span.end();
		}
		escape(text, position, end, out);
		if (end < text.length()) {
			out.append(ELLIPSIS);
		}
		return out.toString();
	}

	private static int windowStart(String text, int matchStart) {
		int start = Math.max(0, Math.min(matchStart - LEAD, text.length() - LENGTH));
		if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
			start++;
		}
		return start;
	}

	/** Matched character ranges in text order, overlapping ranges merged. */
	private static List<Span> matches(String text, Analyzer analyzer, String field, Set<String> terms) {
		List<Span> spans = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (terms.contains(term.toString())) {
					spans.add(new Span(offset.startOffset(), offset.endOffset()));
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
				: Integer.compare(a.end(), b.end()));
		List<Span> merged = new ArrayList<>();
		for (Span span : spans) {
			Span last = merged.isEmpty() ? null : merged.getLast();
			if (last != null && span.start() <= last.end()) {
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	static void escape(String text, int from, int to, StringBuilder out) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

	private record Span(int start, int end) {
	}

}
