package io.draftwave.corpus.format;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a parser read from a file: its title where the file states one, and its blocks in
 * reading order. Texts are not yet normalised; {@link io.draftwave.corpus.Chunker}
 * applies NFC.
 *
 * @param title the title found in the file (metadata or first heading), or null
 * @param blocks the document's blocks, possibly empty for a file with no text
 */
public record ParsedDocument(@Nullable String title, List<Block> blocks) {

	public ParsedDocument {
		blocks = List.copyOf(blocks);
	}

}
