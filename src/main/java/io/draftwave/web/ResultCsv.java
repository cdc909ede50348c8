package io.draftwave.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A result table as CSV for spreadsheet programs: UTF-8 with a byte order mark (Excel
 * reads a file without one in the system's code page, which garbles Korean), CRLF line
 * ends, fields quoted where RFC 4180 needs it. Whole numbers have no decimal point
 * ({@code 54756.0} is written {@code 54756}); text that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe.
 */
final class ResultCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private ResultCsv() {
	}

	static byte[] write(List<String> columns, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder();
		line(text, columns.stream().map(ResultCsv::field).toList());
		for (List<Object> row : rows) {
			line(text, row.stream().map(ResultCsv::field).toList());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void line(StringBuilder text, List<String> fields) {
		text.append(fields.stream().collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d && !d.isInfinite() && !d.isNaN()) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number || value instanceof java.time.LocalDate) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
