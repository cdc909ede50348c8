package io.draftwave.corpus.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.DocumentFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML with jsoup: the title from {@code <title>}, {@code h1}–{@code h6} as HEADING
 * blocks, paragraphs, list items, block quotes, preformatted text and loose text in
 * containers as PARAGRAPH blocks, tables as ROW blocks named by their {@code th} cells.
 * Each table (nested ones too) is also reported on its grid ({@link HtmlTables}), titled
 * by its {@code caption} or else the heading before it. Scripts, styles, navigation and
 * footers are dropped. Bytes are decoded as UTF-8, else CP949.
 */
final class HtmlParser implements DocumentParser {

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Set<String> LEAF_BLOCKS = Set.of("p", "pre", "dt", "dd", "figcaption", "caption", "address");

	private static final Set<String> CONTAINERS = Set.of("li", "blockquote", "div", "section", "article", "main",
			"body", "ul", "ol", "dl", "aside", "figure", "details", "summary", "form", "fieldset", "center", "header",
			"hgroup");

	private static final String DROPPED = "script, style, nav, footer, noscript, template, iframe, svg, head";

	@Override
	public DocumentFormat format() {
		return DocumentFormat.HTML;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		String html = TextDecoding.decode(Streams.readAll(in, format()));
		Document document = Jsoup.parse(html);
		String title = document.title().strip();
		document.select(DROPPED).remove();
		List<Block> blocks = new ArrayList<>();
		FoundTables tables = new FoundTables();
		walk(document.body(), blocks, tables);
		return new ParsedDocument(title.isEmpty() ? null : title, blocks, tables.list());
	}

	private static void walk(Element container, List<Block> blocks, FoundTables tables) {
		StringBuilder loose = new StringBuilder();
		for (Node child : container.childNodes()) {
			if (child instanceof TextNode text) {
				loose.append(text.text());
			}
			else if (child instanceof Element element) {
				String tag = element.normalName();
				if (HEADINGS.contains(tag)) {
					flush(loose, blocks);
					add(Block.Kind.HEADING, element.text(), blocks);
				}
				else if (tag.equals("table")) {
					flush(loose, blocks);
					table(element, blocks);
					HtmlTables.find(element, lastHeading(blocks), tables);
				}
				else if (tag.equals("pre")) {
					flush(loose, blocks);
					add(Block.Kind.PARAGRAPH, element.wholeText().strip(), blocks);
				}
				else if (LEAF_BLOCKS.contains(tag)) {
					flush(loose, blocks);
					add(Block.Kind.PARAGRAPH, element.text(), blocks);
				}
				else if (CONTAINERS.contains(tag)) {
					flush(loose, blocks);
					walk(element, blocks, tables);
				}
				else if (tag.equals("br")) {
					loose.append('\n');
				}
				else {
					loose.append(element.text()).append(isInline(element) ? "" : "\n");
				}
			}
		}
		flush(loose, blocks);
	}

	private static @Nullable String lastHeading(List<Block> blocks) {
		for (int i = blocks.size() - 1; i >= 0; i--) {
			if (blocks.get(i).kind() == Block.Kind.HEADING) {
				return blocks.get(i).text();
			}
		}
		return null;
	}

	private static boolean isInline(Element element) {
		return element.tag().isInline();
	}

	private static void table(Element table, List<Block> blocks) {
		List<String> header = List.of();
		for (Element row : table.select("tr")) {
			if (row.closest("table") != table) {
				continue;
			}
			List<Element> cells = row.children()
				.stream()
				.filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
				.toList();
			List<String> values = cells.stream().map(Element::text).toList();
			boolean allHeaders = !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"));
			if (allHeaders && header.isEmpty()) {
				header = values;
				continue;
			}
			String text = Rows.render(header, values);
			if (!text.isEmpty()) {
				blocks.add(new Block(text, Block.Kind.ROW, null, null));
			}
		}
	}

	private static void flush(StringBuilder loose, List<Block> blocks) {
		for (String line : loose.toString().split("\\n")) {
			add(Block.Kind.PARAGRAPH, line, blocks);
		}
		loose.setLength(0);
	}

	private static void add(Block.Kind kind, @Nullable String text, List<Block> blocks) {
		if (text == null) {
			return;
		}
		String cleaned = kind == Block.Kind.PARAGRAPH && text.contains("\n") ? text
				: text.replaceAll("\\s+", " ").strip();
		if (!cleaned.isBlank()) {
			blocks.add(new Block(cleaned.strip(), kind, null, null));
		}
	}

}
