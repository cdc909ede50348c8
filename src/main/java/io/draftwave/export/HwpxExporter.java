package io.draftwave.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.draftwave.drafting.Draft;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.common.ObjectList;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberType2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.AutoNum;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a draft as an HWPX (한글) document with hwpxlib, starting from its blank file: a
 * bold title line (the kind's name and the date), bold larger paragraphs for the draft's
 * headings and plain body paragraphs. An HWPX footnote is a control inside the text that
 * holds its own paragraphs, so citation n's footnote is placed at the first [n] marker; a
 * later [n] is written as the same footnote's number in superscript, as 한글 has no second
 * reference to one footnote. 한글 numbers footnotes in order of appearance, so that number
 * is the citation's rank among the first markers; it equals n when the draft cites its
 * sources in order, as drafts do. A cited computed figure's chart follows the paragraph
 * of its first marker as a centred picture ({@link HwpxPicture}), then a bold caption and
 * a smaller source line.
 */
final class HwpxExporter implements DraftExporter {

	/** The media type of HWPX files. */
	public static final String MEDIA_TYPE = "application/hwp+zip";

	private final String baseUrl;

	private final Clock clock;

	private final FigureLookup figures;

	/**
	 * @param baseUrl put before every footnote's {@code /api/sources/{id}} link; empty
	 * for relative links
	 * @param clock gives the date of the title line, in its zone
	 * @param figures finds the charts of cited computed figures
	 */
	HwpxExporter(String baseUrl, Clock clock, FigureLookup figures) {
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.figures = figures;
	}

	@Override
	public byte[] export(Draft draft, @Nullable Approval approval) {
		ExportedDraft exported = ExportedDraft.of(draft, LocalDate.now(clock), baseUrl, figures, approval,
				clock.getZone());
		try {
			return HWPXWriter.toBytes(new Writing(exported).file);
		}
		catch (Exception e) {
			throw new IllegalStateException("could not write the HWPX of draft " + draft.draftId(), e);
		}
	}

	@Override
	public String mediaType() {
		return MEDIA_TYPE;
	}

	@Override
	public String extension() {
		return "hwpx";
	}

	/** One document being written. */
	private static final class Writing {

		private final HWPXFile file = BlankFileMaker.make();

		private final SectionXMLFile section = file.sectionXMLFileList().get(0);

		private final Para template = section.getPara(0);

		private final String body = template.getRun(0).charPrIDRef();

		private final String title;

		private final String heading1;

		private final String heading2;

		private final String superscript;

		private final String caption;

		private final String source;

		private final String centred;

		private final Map<Integer, ExportedDraft.Note> notes = new HashMap<>();

		private final Map<Integer, Integer> footnoteNumbers = new HashMap<>();

		private int nextId = 1;

		Writing(ExportedDraft exported) {
			title = addCharPr(1800, true, false);
			heading1 = addCharPr(1500, true, false);
			heading2 = addCharPr(1200, true, false);
			superscript = addCharPr(null, false, true);
			caption = addCharPr(1000, true, false);
			source = addCharPr(900, false, false);
			centred = HwpxPicture.centredParaPr(file, template.paraPrIDRef());
			exported.notes().forEach(n -> notes.put(n.marker(), n));
			addRun(addPara(section), title).addNewT().addText(exported.title());
			for (ExportedDraft.Block block : exported.blocks()) {
				switch (block) {
					case ExportedDraft.Heading h ->
						addRun(addPara(section), h.level() == 1 ? heading1 : heading2).addNewT().addText(h.text());
					case ExportedDraft.Paragraph p -> writeParagraph(p);
					case ExportedDraft.Figure f -> writeFigure(f);
				}
			}
		}

		private void writeParagraph(ExportedDraft.Paragraph paragraph) {
			Para para = addPara(section);
			Run run = addRun(para, body);
			for (ExportedDraft.Piece piece : paragraph.pieces()) {
				switch (piece) {
					case ExportedDraft.Text text -> run.addNewT().addText(text.text());
					case ExportedDraft.Reference reference -> {
						Integer number = footnoteNumbers.get(reference.marker());
						if (number == null) {
							int next = footnoteNumbers.size() + 1;
							footnoteNumbers.put(reference.marker(), next);
							addFootnote(run, next, notes.get(reference.marker()));
						}
						else {
							addRun(para, superscript).addNewT().addText(String.valueOf(number));
							run = addRun(para, body);
						}
					}
				}
			}
		}

		private void writeFigure(ExportedDraft.Figure figure) {
			HwpxPicture.add(file, addRun(addPara(section, centred), body), figure.png(), figure.number());
			addRun(addPara(section, centred), caption).addNewT().addText(figure.caption());
			addRun(addPara(section, centred), source).addNewT().addText(figure.source());
		}

		private void addFootnote(Run run, int number, ExportedDraft.Note note) {
			FootNote footNote = run.addNewCtrl().addNewFootNote();
			footNote.numberAnd(number).instIdAnd(String.valueOf(1_000_000 + number));
			footNote.createSubList();
			SubList list = footNote.subList();
			list.idAnd("")
				.textDirectionAnd(TextDirection.HORIZONTAL)
				.lineWrapAnd(LineWrapMethod.BREAK)
				.vertAlignAnd(VerticalAlign2.TOP)
				.linkListIDRefAnd("0")
				.linkListNextIDRefAnd("0")
				.textWidthAnd(0)
				.textHeightAnd(0)
				.hasTextRefAnd(false)
				.hasNumRef(false);
			Run noteRun = addRun(addPara(list), body);
			AutoNum autoNum = noteRun.addNewCtrl().addNewAutoNum();
			autoNum.num(number);
			autoNum.numType(NumType.FOOTNOTE);
			autoNum.createAutoNumFormat();
			autoNum.autoNumFormat().type(NumberType2.DIGIT);
			autoNum.autoNumFormat().suffixChar(")");
			autoNum.autoNumFormat().supscript(false);
			noteRun.addNewT().addText(" " + note.text());
		}

		private Para addPara(ParaListCore list) {
			return addPara(list, template.paraPrIDRef());
		}

		private Para addPara(ParaListCore list, String paraPr) {
			Para para = list.addNewPara();
			para.idAnd(String.valueOf(nextId++))
				.paraPrIDRefAnd(paraPr)
				.styleIDRefAnd(template.styleIDRef())
				.pageBreakAnd(false)
				.columnBreakAnd(false)
				.merged(false);
			return para;
		}

		private static Run addRun(Para para, String charPr) {
			Run run = para.addNewRun();
			run.charPrIDRef(charPr);
			return run;
		}

		private String addCharPr(Integer height, boolean bold, boolean superscript) {
			ObjectList<CharPr> charPrs = file.headerXMLFile().refList().charProperties();
			CharPr base = charPrs.get(0);
			for (int i = 0; i < charPrs.count(); i++) {
				if (body.equals(charPrs.get(i).id())) {
					base = charPrs.get(i);
				}
			}
			int max = 0;
			for (int i = 0; i < charPrs.count(); i++) {
				max = Math.max(max, Integer.parseInt(charPrs.get(i).id()));
			}
			CharPr added = base.clone();
			added.id(String.valueOf(max + 1));
			if (height != null) {
				added.height(height);
			}
			if (bold) {
				added.createBold();
			}
			if (superscript) {
				added.createSupscript();
			}
			charPrs.add(added);
			return added.id();
		}

	}

}
