package io.draftwave.corpus.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.corpus.DocumentFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads Markdown into blocks: {@code #} headings become HEADING blocks without the marks,
 * paragraphs (soft-wrapped lines joined by a space) and list items become PARAGRAPH
 * blocks, pipe tables become ROW blocks with their column names. Inline emphasis, code
 * ticks and link syntax are reduced to their text. YAML front matter at the top gives the
 * title ({@code title:}); its {@code date:} and {@code source:} lines are kept as one
 * PARAGRAPH block ({@code "date: 2025-03-10 · source: 시정 소식지"}) so they stay searchable.
 * Without a front matter title, the first level-one heading is the title.
 */
final class MarkdownParser implements DocumentParser {

	private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");

	private static final Pattern TABLE_SEPARATOR = Pattern
		.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

	private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");

	private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*):\\s*(.*)$");

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

	private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

	private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])");

	private static final Pattern EMPHASIS_UNDERSCORE = Pattern
		.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");

	private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");

	@Override
	public DocumentFormat format() {
		return DocumentFormat.MARKDOWN;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		String text = TextDecoding.decode(Streams.readAll(in, format())).replace("\r\n", "\n").replace('\r', '\n');
		List<String> lines = List.of(text.split("\n", -1));
		List<Block> blocks = new ArrayList<>();
		@Nullable String title = null;
		int i = 0;
		if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
			int close = -1;
			for (int j = 1; j < lines.size(); j++) {
				if (lines.get(j).strip().equals("---") || lines.get(j).strip().equals("...")) {
					close = j;
					break;
				}
			}
			if (close > 0) {
				List<String> kept = new ArrayList<>();
				for (String line : lines.subList(1, close)) {
					Matcher field = FRONT_MATTER_FIELD.matcher(line.strip());
					if (!field.matches()) {
						continue;
					}
					String value = unquote(field.group(2));
					switch (field.group(1).toLowerCase(java.util.Locale.ROOT)) {
						case "title" -> title = value.isEmpty() ? null : value;
						case "date", "source" -> {
							if (!value.isEmpty()) {
								kept.add(field.group(1) + ": " + value);
							}
						}
						default -> {
						}
					}
				}
				if (!kept.isEmpty()) {
					blocks.add(Block.paragraph(String.join(" · ", kept)));
				}
				i = close + 1;
			}
		}
		boolean titleFromFrontMatter = title != null;
		List<String> paragraph = new ArrayList<>();
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher heading = HEADING.matcher(line);
			Matcher item = LIST_ITEM.matcher(line);
			if (line.isBlank()) {
				flush(paragraph, blocks);
				i++;
			}
			else if (FENCE.matcher(line).matches()) {
				flush(paragraph, blocks);
				String fence = line.strip().substring(0, 3);
				StringBuilder code = new StringBuilder();
				i++;
				while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
					code.append(code.isEmpty() ? "" : "\n").append(lines.get(i));
					i++;
				}
				i++;
				if (!code.toString().isBlank()) {
					blocks.add(Block.paragraph(code.toString().strip()));
				}
			}
			else if (heading.matches()) {
				flush(paragraph, blocks);
				String headingText = inline(heading.group(2));
				if (!headingText.isEmpty()) {
					blocks.add(Block.heading(headingText));
					if (!titleFromFrontMatter && title == null && heading.group(1).length() == 1) {
						title = headingText;
					}
				}
				i++;
			}
			else if (line.contains("|") && i + 1 < lines.size()
					&& TABLE_SEPARATOR.matcher(lines.get(i + 1)).matches()) {
				flush(paragraph, blocks);
				List<String> header = cells(line);
				i += 2;
				while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).contains("|")) {
					String row = Rows.render(header, cells(lines.get(i)));
					if (!row.isEmpty()) {
						blocks.add(new Block(row, Block.Kind.ROW, null, null));
					}
					i++;
				}
			}
			else if (item.matches()) {
				flush(paragraph, blocks);
				paragraph.add(item.group(1));
				i++;
			}
			else {
				paragraph.add(line.strip().replaceFirst("^>\\s?", ""));
				i++;
			}
		}
		flush(paragraph, blocks);
		return new ParsedDocument(title, blocks);
	}

	private static void flush(List<String> lines, List<Block> blocks) {
		if (lines.isEmpty()) {
			return;
		}
		String text = inline(String.join(" ", lines.stream().map(String::strip).toList()));
		if (!text.isEmpty()) {
			blocks.add(Block.paragraph(text));
		}
		lines.clear();
	}

	private static List<String> cells(String line) {
		String row = line.strip();
		if (row.startsWith("|")) {
			row = row.substring(1);
		}
		if (row.endsWith("|") && !row.endsWith("\\|")) {
			row = row.substring(0, row.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : row.split("(?<!\\\\)\\|", -1)) {
			cells.add(inline(cell.replace("\\|", "|")));
		}
		return cells;
	}

	/**
	 * Reduces inline Markdown to its text: images to alt text, links to their text, no
	 * emphasis or code ticks.
	 */
	static String inline(String text) {
		String result = IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		result = LINK.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		result = CODE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		result = STRONG.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
		result = EMPHASIS_STAR.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		result = EMPHASIS_UNDERSCORE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		return result.strip();
	}

	private static String unquote(String value) {
		String v = value.strip();
		if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
			return v.substring(1, v.length() - 1);
		}
		return v;
	}

}
