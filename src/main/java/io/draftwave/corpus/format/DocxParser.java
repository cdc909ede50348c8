package io.draftwave.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads DOCX with POI XWPF. Paragraphs styled as a heading or title (style id or name
 * {@code Heading1}…, {@code heading 1}, {@code Title}, or an outline level) are HEADING
 * blocks, other paragraphs PARAGRAPH blocks; each table row after the first is a ROW
 * block named by the first row's cells. Each table (nested ones too) is also reported on
 * its grid ({@link DocxTables}), titled by a caption paragraph just before it, else the
 * heading before it. The title comes from the core properties.
 */
final class DocxParser implements DocumentParser {

	@Override
	public DocumentFormat format() {
		return DocumentFormat.DOCX;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		byte[] bytes = Streams.readAll(in, format());
		OfficeFiles.requireZip(bytes, format());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<Block> blocks = new ArrayList<>();
			FoundTables tables = new FoundTables();
			String heading = null;
			String caption = null;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String text = paragraph.getText().strip();
					if (!text.isEmpty()) {
						boolean isHeading = isHeading(document, paragraph);
						blocks.add(new Block(text, isHeading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, null, null));
						heading = isHeading ? text : heading;
						caption = isCaption(document, paragraph) ? text : null;
					}
				}
				else if (element instanceof XWPFTable table) {
					table(table, blocks);
					DocxTables.find(table, caption != null ? caption : heading, tables);
					caption = null;
				}
			}
			String title = document.getProperties().getCoreProperties().getTitle();
			return new ParsedDocument(title == null || title.isBlank() ? null : title.strip(), blocks, tables.list());
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("not a valid DOCX file: " + Streams.reason(e), e);
		}
	}

	private static boolean isHeading(XWPFDocument document, XWPFParagraph paragraph) {
		String styleId = paragraph.getStyleID();
		if (styleId != null) {
			if (isHeadingName(styleId)) {
				return true;
			}
			XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
			if (style != null && (isHeadingName(style.getName()) || outlineLevel(style) != null)) {
				return true;
			}
		}
		return paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null
				&& paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue() < 9;
	}

	/** A paragraph in Word's caption style ({@code Caption}, {@code 캡션}). */
	private static boolean isCaption(XWPFDocument document, XWPFParagraph paragraph) {
		String styleId = paragraph.getStyleID();
		if (styleId == null) {
			return false;
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
		return isCaptionName(styleId) || (style != null && isCaptionName(style.getName()));
	}

	private static boolean isCaptionName(@Nullable String name) {
		return name != null && (name.equalsIgnoreCase("caption") || name.equals("캡션"));
	}

	private static @Nullable BigInteger outlineLevel(XWPFStyle style) {
		var pPr = style.getCTStyle().getPPr();
		if (pPr == null || pPr.getOutlineLvl() == null) {
			return null;
		}
		BigInteger level = pPr.getOutlineLvl().getVal();
		return level != null && level.intValue() < 9 ? level : null;
	}

	private static boolean isHeadingName(@Nullable String name) {
		if (name == null) {
			return false;
		}
		String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
		return n.startsWith("heading") || n.equals("title") || n.startsWith("제목");
	}

	private static void table(XWPFTable table, List<Block> blocks) {
		List<String> header = null;
		for (XWPFTableRow row : table.getRows()) {
			List<String> values = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
			if (header == null) {
				header = values;
				continue;
			}
			String text = Rows.render(header, values);
			if (!text.isEmpty()) {
				blocks.add(new Block(text, Block.Kind.ROW, null, null));
			}
		}
	}

}
