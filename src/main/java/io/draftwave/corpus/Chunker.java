package io.draftwave.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.draftwave.corpus.format.Block;
import io.draftwave.corpus.format.ParsedDocument;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a parsed document into passages for retrieval.
 * <p>
 * The document text is the blocks' texts in order, each normalised to NFC with runs of
 * spaces and tabs collapsed to one space and line breaks unified to {@code \n}, separated
 * by {@code "\n\n"}. Passages are cut from that text so that
 * {@code passage.text().equals(text.substring(passage.start(), passage.end()))} always
 * holds:
 * <ul>
 * <li>a HEADING block starts a new passage and is its first line;
 * {@link Passage#heading()} is the nearest heading above (or the one starting the
 * passage);</li>
 * <li>a passage never spans a page change, a sheet change, or a change between table rows
 * and prose;</li>
 * <li>whole sentences ({@link SentenceSplitter}) and whole rows are packed while the
 * passage stays within {@code maxChars}; a single sentence or row longer than that is cut
 * at a whitespace near the limit (or exactly at it when there is none);</li>
 * <li>passages begin and end on non-whitespace characters.</li>
 * </ul>
 * The result depends only on the input. Stateless and thread-safe.
 */
public final class Chunker {

	/** The default upper bound on a passage's length in characters. */
	public static final int DEFAULT_MAX_CHARS = 800;

	static final String BLOCK_SEPARATOR = "\n\n";

	private final int maxChars;

	private final SentenceSplitter splitter = new SentenceSplitter();

	/** A chunker with passages of at most {@value #DEFAULT_MAX_CHARS} characters. */
	public Chunker() {
		this(DEFAULT_MAX_CHARS);
	}

	/**
	 * A chunker with passages of at most {@code maxChars} characters.
	 * @throws IllegalArgumentException when {@code maxChars} is below 20
	 */
	public Chunker(int maxChars) {
		if (maxChars < 20) {
			throw new IllegalArgumentException("maxChars must be at least 20, not " + maxChars);
		}
		this.maxChars = maxChars;
	}

	/** The passage length bound this chunker packs to. */
	public int maxChars() {
		return maxChars;
	}

	/** The document's normalised text and its passages, in order, numbered from 0. */
	public DocumentText chunk(ParsedDocument doc) {
		StringBuilder text = new StringBuilder();
		List<Placed> placed = new ArrayList<>();
		for (Block block : doc.blocks()) {
			String normalised = normalise(block.text());
			if (normalised.isEmpty()) {
				continue;
			}
			if (!text.isEmpty()) {
				text.append(BLOCK_SEPARATOR);
			}
			int start = text.length();
			text.append(normalised);
			placed.add(new Placed(block, normalised, start, text.length()));
		}
		String documentText = text.toString();
		List<Passage> passages = new ArrayList<>();
		Packer packer = new Packer(documentText, passages);
		@Nullable String heading = null;
		for (Placed p : placed) {
			Block block = p.block();
			boolean boundary = block.kind() == Block.Kind.HEADING || packer.crosses(block);
			if (boundary) {
				packer.close();
			}
			if (block.kind() == Block.Kind.HEADING) {
				heading = p.text().replace('\n', ' ');
				packer.open(block, heading);
				packer.add(p.start(), p.end());
			}
			else if (block.kind() == Block.Kind.ROW) {
				packer.open(block, heading);
				packer.add(p.start(), p.end());
			}
			else {
				packer.open(block, heading);
				for (SentenceSplitter.Span span : splitter.split(p.text())) {
					packer.add(p.start() + span.start(), p.start() + span.end());
				}
			}
		}
		packer.close();
		return new DocumentText(documentText, passages);
	}

	/**
	 * NFC, line breaks unified, runs of horizontal whitespace collapsed, lines stripped.
	 */
	static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		String unified = nfc.replace("\r\n", "\n").replace('\r', '\n');
		String collapsed = unified.replaceAll("[\\t\\x0B\\f \\u00A0\\u3000\\u2000-\\u200A\\u202F\\u205F]+", " ");
		return collapsed.replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private record Placed(Block block, String text, int start, int end) {
	}

	/** Packs units (sentences, rows, heading lines) into passages of at most maxChars. */
	private final class Packer {

		private final String text;

		private final List<Passage> passages;

		private int start = -1;

		private int end = -1;

		private @Nullable String heading;

		private @Nullable Integer page;

		private @Nullable String sheet;

		private Block.@Nullable Kind kind;

		private boolean open;

		Packer(String text, List<Passage> passages) {
			this.text = text;
			this.passages = passages;
		}

		/**
		 * Whether the block cannot join the passage being packed: another page, sheet, or
		 * rows after prose.
		 */
		boolean crosses(Block block) {
			if (!open) {
				return false;
			}
			return !Objects.equals(page, block.page()) || !Objects.equals(sheet, block.sheet())
					|| (kind == Block.Kind.ROW) != (block.kind() == Block.Kind.ROW) && kind != Block.Kind.HEADING;
		}

		void open(Block block, @Nullable String nearestHeading) {
			if (!open) {
				open = true;
				page = block.page();
				sheet = block.sheet();
				heading = nearestHeading;
			}
			kind = block.kind();
		}

		void add(int unitStart, int unitEnd) {
			int s = unitStart;
			while (unitEnd - s > maxChars) {
				flush();
				int cut = cutPoint(s, s + maxChars);
				emit(s, cut);
				s = cut;
				while (s < unitEnd && Character.isWhitespace(text.charAt(s))) {
					s++;
				}
			}
			if (s >= unitEnd) {
				return;
			}
			if (start >= 0 && unitEnd - start > maxChars) {
				flush();
			}
			if (start < 0) {
				start = s;
			}
			end = unitEnd;
		}

		/**
		 * A cut at the last whitespace in the later half of [from, limit), else at limit,
		 * never inside a surrogate pair.
		 */
		private int cutPoint(int from, int limit) {
			for (int i = limit; i > from + maxChars / 2; i--) {
				if (Character.isWhitespace(text.charAt(i))) {
					return i;
				}
			}
			return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
		}

		/**
		 * Emits the passage being packed; the next one continues on the same page, sheet
		 * and heading.
		 */
		void flush() {
			if (start >= 0) {
				emit(start, end);
			}
			start = -1;
			end = -1;
		}

		/** Emits the passage being packed and ends the run of blocks it belongs to. */
		void close() {
			flush();
			open = false;
		}

		private void emit(int from, int to) {
			SentenceSplitter.Span span = SentenceSplitter.trim(text, from, to);
			if (span != null) {
				passages.add(new Passage(passages.size(), text.substring(span.start(), span.end()), span.start(),
						span.end(), heading, page, sheet));
			}
		}

	}

}
