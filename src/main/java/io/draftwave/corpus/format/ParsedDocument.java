package io.draftwave.corpus.format;

import java.util.List;

import io.draftwave.corpus.DocumentTable;
import org.jspecify.annotations.Nullable;

/**
 * What a parser read from a file: its title where the file states one, its blocks in
 * reading order and the tables inside it. Block texts are not yet normalised;
 * {@link io.draftwave.corpus.Chunker} applies NFC. A table's rows are also in the blocks
 * (as ROW or PARAGRAPH blocks, as the format renders them), so the passages hold its text
 * whether or not it is reported as a table.
 *
 * @param title the title found in the file (metadata or first heading), or null
 * @param blocks the document's blocks, possibly empty for a file with no text
 * @param tables the tables inside the document (HTML, DOCX, HWPX, HWP), in reading order;
 * empty for other formats, a CSV or XLSX file being a table itself
 */
public record ParsedDocument(@Nullable String title, List<Block> blocks, List<DocumentTable> tables) {

	public ParsedDocument {
		blocks = List.copyOf(blocks);
		tables = List.copyOf(tables);
	}

	/** A document without tables inside it. */
	public ParsedDocument(@Nullable String title, List<Block> blocks) {
		this(title, blocks, List.of());
	}

}
