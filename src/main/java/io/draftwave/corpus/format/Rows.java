package io.draftwave.corpus.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a table row with its column names, the form every ROW block takes:
 * {@code "연도: 2024 | 참여 인원: 847"}. Empty cells are left out; a cell without a column name
 * is rendered by its value alone.
 */
final class Rows {

	static final String CELL_SEPARATOR = " | ";

	private Rows() {
	}

	static String render(List<String> header, List<String> values) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = clean(values.get(i));
			if (value.isEmpty()) {
				continue;
			}
			String name = i < header.size() ? clean(header.get(i)) : "";
			cells.add(name.isEmpty() ? value : name + ": " + value);
		}
		return String.join(CELL_SEPARATOR, cells);
	}

	/** A cell's text on one line: line breaks inside a cell become spaces. */
	static String clean(String cell) {
		return cell.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
	}

}
