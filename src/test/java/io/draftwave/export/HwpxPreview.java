package io.draftwave.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.common.HWPXObject;
import kr.dogfoot.hwpxlib.object.common.compatibility.Switch;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineSpacingType;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.ParaPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.parapr.LineSpacing;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.AutoNum;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;
import kr.dogfoot.hwpxlib.reader.HWPXReader;

/**
 * Renders an HWPX file as HTML for review, reading the file itself with hwpxlib, since no
 * HWPX viewer runs here (LibreOffice cannot open HWPX). Every section paragraph becomes a
 * {@code
 *
<p>
 * } with its paragraph shape's percent line spacing (from the shape's {@code hp:switch}
 * default when it is there); every run's text takes its char shape's size, bold and
 * superscript, looked up by {@code charPrIDRef} in the header's char properties. A
 * footnote control becomes a superscript number in the text, numbered in order of
 * appearance as 한글 does, and its paragraphs are collected as numbered notes at the bottom
 * of the page; an auto number inside a note is written as that number and its suffix.
 * Text is set in Noto Sans CJK KR.
 */
final class HwpxPreview {

	private static final String FONT = "Noto Sans CJK KR";

	private final Map<String, CharPr> charPrs = new HashMap<>();

	private final Map<String, ParaPr> paraPrs = new HashMap<>();

	private final List<String> notes = new ArrayList<>();

	private HwpxPreview(HWPXFile file) {
		RefList refs = file.headerXMLFile().refList();
		for (CharPr charPr : refs.charProperties().items()) {
			charPrs.put(charPr.id(), charPr);
		}
		for (ParaPr paraPr : refs.paraProperties().items()) {
			paraPrs.put(paraPr.id(), paraPr);
		}
	}

	/** The HTML page of the HWPX file at {@code hwpx}. */
	static String html(Path hwpx) throws Exception {
		HWPXFile file = HWPXReader.fromFilepath(hwpx.toString());
		return new HwpxPreview(file).page(file);
	}

	/** Writes the HTML page of the HWPX file at {@code hwpx} to {@code html}. */
	static void write(Path hwpx, Path html) throws Exception {
		Files.writeString(html, html(hwpx), StandardCharsets.UTF_8);
	}

	private String page(HWPXFile file) {
		StringBuilder body = new StringBuilder();
		for (SectionXMLFile section : file.sectionXMLFileList().items()) {
			paragraphs(section, body, null);
		}
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<title>HWPX preview</title>\n<style>\n")
			.append("body { font-family: '")
			.append(FONT)
			.append("'; font-size: 10pt; }\n")
			.append("p { margin: 0; }\n")
			.append("</style>\n</head>\n<body>\n")
			.append(body);
		if (!notes.isEmpty()) {
			html.append("<div class=\"notes\">\n<hr align=\"left\" width=\"30%\">\n");
			notes.forEach(html::append);
			html.append("</div>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	/**
	 * Appends the paragraphs of {@code list}; {@code note} is the footnote's number when
	 * in a footnote.
	 */
	private void paragraphs(ParaListCore list, StringBuilder out, Integer note) {
		for (Para para : list.paras()) {
			StringBuilder text = new StringBuilder();
			for (Run run : para.runs()) {
				run(run, text, note);
			}
			out.append("<p")
				.append(paraStyle(para))
				.append('>')
				.append(text.isEmpty() ? "&nbsp;" : text)
				.append("</p>\n");
		}
	}

	private void run(Run run, StringBuilder out, Integer note) {
		StringBuilder text = new StringBuilder();
		for (RunItem item : run.runItems()) {
			if (item instanceof T t) {
				text(t, text);
			}
			else if (item instanceof Ctrl ctrl) {
				for (CtrlItem ctrlItem : ctrl.ctrlItems()) {
					if (ctrlItem instanceof FootNote footNote) {
						int number = notes.size() + 1;
						text.append("<sup>").append(number).append("</sup>");
						StringBuilder noteHtml = new StringBuilder();
						if (footNote.subList() != null) {
							paragraphs(footNote.subList(), noteHtml, number);
						}
						notes.add("<div class=\"note\">\n" + noteHtml + "</div>\n");
					}
					else if (ctrlItem instanceof AutoNum autoNum && note != null) {
						String suffix = autoNum.autoNumFormat() == null || autoNum.autoNumFormat().suffixChar() == null
								? "" : autoNum.autoNumFormat().suffixChar();
						text.append(note).append(escape(suffix));
					}
				}
			}
		}
		if (text.isEmpty()) {
			return;
		}
		CharPr charPr = charPrs.get(run.charPrIDRef());
		if (charPr == null) {
			out.append(text);
			return;
		}
		StringBuilder style = new StringBuilder();
		if (charPr.height() != null) {
			style.append("font-size: ").append(charPr.height() / 100.0).append("pt;");
		}
		if (charPr.bold() != null) {
			style.append(" font-weight: bold;");
		}
		boolean sup = charPr.supscript() != null;
		out.append(sup ? "<sup>" : "")
			.append("<span style=\"")
			.append(style.toString().strip())
			.append("\">")
			.append(text)
			.append("</span>")
			.append(sup ? "</sup>" : "");
	}

	private static void text(T t, StringBuilder out) {
		if (t.isOnlyText() || t.items() == null) {
			out.append(escape(t.onlyText() == null ? "" : t.onlyText()));
			return;
		}
		for (TItem item : t.items()) {
			if (item instanceof NormalText normal) {
				out.append(escape(normal.text() == null ? "" : normal.text()));
			}
			else if (item instanceof Tab) {
				out.append("&emsp;");
			}
			else if (item instanceof LineBreak) {
				out.append("<br>");
			}
			else if (item.getClass().getSimpleName().endsWith("Space")) {
				out.append("&nbsp;");
			}
		}
	}

	private String paraStyle(Para para) {
		LineSpacing spacing = lineSpacing(paraPrs.get(para.paraPrIDRef()));
		if (spacing == null || spacing.value() == null || spacing.type() != LineSpacingType.PERCENT) {
			return "";
		}
		return " style=\"line-height: " + spacing.value() + "%\"";
	}

	/**
	 * The paragraph shape's line spacing, which 한글 writes inside a {@code hp:switch} as
	 * its default.
	 */
	private static LineSpacing lineSpacing(ParaPr paraPr) {
		if (paraPr == null) {
			return null;
		}
		if (paraPr.lineSpacing() != null) {
			return paraPr.lineSpacing();
		}
		if (paraPr.switchList() != null) {
			for (Switch choice : paraPr.switchList()) {
				if (choice.defaultObject() != null) {
					for (HWPXObject child : choice.defaultObject().children()) {
						if (child instanceof LineSpacing spacing) {
							return spacing;
						}
					}
				}
			}
		}
		return null;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
