package io.draftwave.corpus.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain text: paragraphs are separated by blank lines and keep their inner line
 * breaks. The first line is the title (and a HEADING block) when it is at most
 * {@value #MAX_TITLE_CHARS} characters long and followed by a blank line.
 */
final class TextParser implements DocumentParser {

	static final int MAX_TITLE_CHARS = 80;

	@Override
	public DocumentFormat format() {
		return DocumentFormat.TEXT;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		String text = TextDecoding.decode(Streams.readAll(in, format())).replace("\r\n", "\n").replace('\r', '\n');
		List<String> paragraphs = paragraphs(text);
		List<Block> blocks = new ArrayList<>();
		@Nullable String title = null;
		for (int i = 0; i < paragraphs.size(); i++) {
			String paragraph = paragraphs.get(i);
			if (i == 0 && !paragraph.contains("\n") && paragraph.length() <= MAX_TITLE_CHARS && paragraphs.size() > 1) {
				title = paragraph;
				blocks.add(Block.heading(paragraph));
			}
			else {
				blocks.add(Block.paragraph(paragraph));
			}
		}
		return new ParsedDocument(title, blocks);
	}

	/**
	 * The non-blank paragraphs of the text, stripped, split on lines holding only
	 * whitespace.
	 */
	static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String part : text.split("\\n[ \\t\\u3000]*\\n\\s*")) {
			String paragraph = part.strip();
			if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

}
