package io.draftwave.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV or TSV text into rows of cells (RFC 4180 quoting: {@code "a ""b"", c"} is
 * one cell {@code a "b", c}; a quoted cell may span lines; CRLF and LF both end a row).
 */
final class DelimitedText {

	private DelimitedText() {
	}

	static List<List<String>> parse(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (ch == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(ch);
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
