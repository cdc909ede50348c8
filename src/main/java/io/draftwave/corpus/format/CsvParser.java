package io.draftwave.corpus.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/**
 * Reads CSV (RFC 4180: quoted fields with embedded commas, doubled quotes and line
 * breaks) and TSV, told apart by a tab in the first line. The records become the card and
 * the ROW blocks {@code "연도: 2024 | 참여 인원: 847"} of one table, with no sheet
 * ({@link DataRows}: title lines above the header are left out of the rows, and so are
 * the rows of a large table past its first {@link DataRows#LARGE_TABLE_SAMPLE}). Bytes
 * are decoded as UTF-8 (BOM tolerated), else CP949.
 */
final class CsvParser implements DocumentParser {

	@Override
	public DocumentFormat format() {
		return DocumentFormat.CSV;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		String text = TextDecoding.decode(Streams.readAll(in, format()));
		int firstLineEnd = text.indexOf('\n');
		String headerLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char delimiter = headerLine.indexOf('\t') >= 0 ? '\t' : ',';
		return new ParsedDocument(null, DataRows.blocks(records(text, delimiter), null));
	}

	/**
	 * Splits the text into records of fields. A quote opens a quoted field only at the
	 * start of a field; inside it, a doubled quote is one quote and line breaks are kept.
	 * @throws UnreadableDocumentException when a quoted field is never closed
	 */
	static List<List<String>> records(String text, char delimiter) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		int quoteOpenedAt = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
				fieldStart = false;
				quoteOpenedAt = i;
			}
			else if (c == delimiter) {
				record.add(field.toString());
				field.setLength(0);
				fieldStart = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				fieldStart = true;
			}
			else {
				field.append(c);
				fieldStart = false;
			}
		}
		if (quoted) {
			throw new UnreadableDocumentException(
					"not a valid CSV file: a quoted field opened at character " + quoteOpenedAt + " is never closed");
		}
		if (!fieldStart || field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
