package io.draftwave.corpus.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentTable;
import org.jspecify.annotations.Nullable;

/**
 * The tables a parser finds in one document, numbered in reading order; layout tables
 * (see {@link TableGrid#isGrid()}) are left out and take no number.
 */
final class FoundTables {

	private final List<DocumentTable> tables = new ArrayList<>();

	void add(@Nullable String title, TableGrid grid) {
		if (grid.isGrid()) {
			String named = title == null ? "" : Normalizer.normalize(Rows.clean(title), Normalizer.Form.NFC);
			tables.add(new DocumentTable(tables.size() + 1, named.isEmpty() ? null : named, grid.rows()));
		}
	}

	List<DocumentTable> list() {
		return List.copyOf(tables);
	}

}
