package io.draftwave.corpus.format;

import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Lays an HTML table out on its grid: rows of {@code thead} first, then the body rows,
 * then {@code tfoot}; {@code td} and {@code th} cells alike, placed around the cells that
 * row spans carry down, {@code colspan} and {@code rowspan} expanded. The title is the
 * {@code caption}, else the heading before the table. Tables nested in its cells are
 * found too, each on its own grid.
 */
final class HtmlTables {

	private HtmlTables() {
	}

	/** Adds the table and the tables nested in it, in document order. */
	static void find(Element table, @Nullable String heading, FoundTables tables) {
		for (Element each : table.select("table")) {
			tables.add(caption(each, heading), grid(each));
		}
	}

	static TableGrid grid(Element table) {
		List<Element> rows = table.select("tr")
			.stream()
			.filter(row -> row.closest("table") == table)
			.sorted(Comparator.comparingInt(HtmlTables::section))
			.toList();
		TableGrid grid = new TableGrid();
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (Element cell : rows.get(r).children()) {
				if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
					continue;
				}
				column = grid.free(r, column);
				int colSpan = span(cell, "colspan");
				grid.put(r, column, cell.text(), span(cell, "rowspan"), colSpan);
				column += TableGrid.clamp(colSpan);
			}
		}
		return grid;
	}

	private static @Nullable String caption(Element table, @Nullable String heading) {
		return table.children()
			.stream()
			.filter(child -> child.normalName().equals("caption") && !child.text().isBlank())
			.map(Element::text)
			.findFirst()
			.orElse(heading);
	}

	/**
	 * The order of a row's section: head 0, body 1, foot 2; a stable sort keeps the rest.
	 */
	private static int section(Element row) {
		Element parent = row.parent();
		String name = parent == null ? "" : parent.normalName();
		return name.equals("thead") ? 0 : name.equals("tfoot") ? 2 : 1;
	}

	private static int span(Element cell, String attribute) {
		try {
			return Integer.parseInt(cell.attr(attribute).strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
