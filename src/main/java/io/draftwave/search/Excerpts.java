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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the excerpt of a hit: finds the tokens of the passage whose term is a query
 * term, from the hit's stored term vector or, for documents indexed without one, by
 * re-analysing the passage with its field's analyzer; marks them and cuts a window of
 * about {@link #LENGTH} characters holding the most matches. Stateless and thread-safe.
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
	 * The excerpt of {@code text}: HTML-escaped, matches wrapped in
	 * {@code <mark>}…{@code </mark>}; the first {@link #LENGTH} characters, escaped, when
	 * nothing matches.
	 */
	static String excerpt(String text, Analyzer analyzer, String field, Set<String> terms) {
		return excerpt(text, terms.isEmpty() ? List.of() : merge(analysed(text, analyzer, field, terms)));
	}

	/**
	 * Like {@link #excerpt(String, Analyzer, String, Set)} but reads the matches from the
	 * term vector of the field that indexed {@code text}, which must hold offsets. The
	 * field may hold a prefix before {@code text} (the title and a line break):
	 * {@code prefix} is its length, and matches inside it are ignored.
	 */
	static String excerpt(String text, Terms vector, int prefix, Set<String> terms) {
		return excerpt(text, terms.isEmpty() ? List.of() : merge(stored(text, vector, prefix, terms)));
	}

	private static String excerpt(String text, List<Span> spans) {
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

	/** Matched character ranges of the re-analysed text, in token order. */
	private static List<Span> analysed(String text, Analyzer analyzer, String field, Set<String> terms) {
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
		return spans;
	}

	/**
	 * Matched character ranges read from a term vector, shifted by {@code prefix}, in any
	 * order.
	 */
	private static List<Span> stored(String text, Terms vector, int prefix, Set<String> terms) {
		List<Span> spans = new ArrayList<>();
		try {
			TermsEnum termsEnum = vector.iterator();
			PostingsEnum postings = null;
			for (String term : terms) {
				if (!termsEnum.seekExact(new BytesRef(term))) {
					continue;
				}
				postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
				postings.nextDoc();
				for (int i = postings.freq(); i > 0; i--) {
					postings.nextPosition();
					int start = postings.startOffset() - prefix;
					int end = postings.endOffset() - prefix;
					if (start >= 0 && end <= text.length()) {
						spans.add(new Span(start, end));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return spans;
	}

	/** Sorts spans into text order and merges overlapping ones. */
	private static List<Span> merge(List<Span> spans) {
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
