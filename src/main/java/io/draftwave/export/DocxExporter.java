package io.draftwave.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.draftwave.drafting.Draft;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a draft as a Word document with Apache POI: a {@code Title} paragraph (the
 * kind's name and the date), {@code Heading1}/{@code Heading2} paragraphs for the draft's
 * {@code #}/{@code ##} and {@code ###} lines, and body paragraphs. Each citation becomes
 * one footnote, created before the body; every {@code [n]} marker of the text becomes a
 * {@code w:footnoteReference} to the footnote of citation n, so a marker repeated in the
 * text points at the same footnote (Word and LibreOffice show the same number at each
 * place). A cited computed figure's chart follows the paragraph of its first marker as a
 * centred picture, then a {@code Caption} paragraph and a smaller source line.
 */
final class DocxExporter implements DraftExporter {

	/** The media type of DOCX files. */
	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String EAST_ASIAN_FONT = "맑은 고딕";

	/** The width of a figure's picture in points: 15 cm, inside any page's margins. */
	static final double FIGURE_WIDTH = 425;

	private final String baseUrl;

	private final Clock clock;

	private final FigureLookup figures;

	/**
	 * @param baseUrl put before every footnote's {@code /api/sources/{id}} link; empty
	 * for relative links
	 * @param clock gives the date of the title line, in its zone
	 * @param figures finds the charts of cited computed figures
	 */
	DocxExporter(String baseUrl, Clock clock, FigureLookup figures) {
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.figures = figures;
	}

	@Override
	public byte[] export(Draft draft, @Nullable Approval approval) {
		ExportedDraft exported = ExportedDraft.of(draft, LocalDate.now(clock), baseUrl, figures, approval,
				clock.getZone());
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			addStyles(document);
			document.getProperties().getCoreProperties().setTitle(exported.title());
			Map<Integer, XWPFFootnote> footnotes = footnotes(document, exported);
			Map<Integer, Integer> shown = new HashMap<>();
			XWPFParagraph title = document.createParagraph();
			title.setStyle("Title");
			title.createRun().setText(exported.title());
			for (ExportedDraft.Block block : exported.blocks()) {
				XWPFParagraph paragraph = document.createParagraph();
				switch (block) {
					case ExportedDraft.Heading heading -> {
						paragraph.setStyle("Heading" + heading.level());
						paragraph.createRun().setText(heading.text());
					}
					case ExportedDraft.Paragraph body -> {
						for (ExportedDraft.Piece piece : body.pieces()) {
							switch (piece) {
								case ExportedDraft.Text text -> paragraph.createRun().setText(text.text());
								case ExportedDraft.Reference reference ->
									reference(paragraph, reference.marker(), footnotes, shown);
							}
						}
					}
					case ExportedDraft.Figure figure -> figure(document, paragraph, figure);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the DOCX of draft " + draft.draftId(), e);
		}
		catch (InvalidFormatException e) {
			throw new IllegalStateException("could not add a chart to the DOCX of draft " + draft.draftId(), e);
		}
	}

	private static void figure(XWPFDocument document, XWPFParagraph picture, ExportedDraft.Figure figure)
			throws IOException, InvalidFormatException {
		picture.setAlignment(ParagraphAlignment.CENTER);
		picture.setKeepNext(true);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.png()));
		double height = FIGURE_WIDTH * image.getHeight() / image.getWidth();
		picture.createRun()
			.addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
					"figure-" + figure.number() + ".png", Units.toEMU(FIGURE_WIDTH), Units.toEMU(height));
		XWPFParagraph caption = document.createParagraph();
		caption.setStyle("Caption");
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setKeepNext(true);
		caption.createRun().setText(figure.caption());
		XWPFParagraph source = document.createParagraph();
		source.setStyle("FigureSource");
		source.setAlignment(ParagraphAlignment.CENTER);
		source.createRun().setText(figure.source());
	}

	/**
	 * The first marker of a citation becomes the reference to its footnote; a repeated
	 * marker repeats the number Word and LibreOffice show for that footnote (they number
	 * footnotes by the order of their references), as a superscript, because a second
	 * reference to the same footnote is shown by them as an extra, empty note.
	 */
	private static void reference(XWPFParagraph paragraph, int marker, Map<Integer, XWPFFootnote> footnotes,
			Map<Integer, Integer> shown) {
		Integer number = shown.get(marker);
		if (number == null) {
			paragraph.addFootnoteReference(footnotes.get(marker));
			shown.put(marker, shown.size() + 1);
			return;
		}
		XWPFRun run = paragraph.createRun();
		run.setVerticalAlignment("superscript");
		run.setText(Integer.toString(number));
	}

	@Override
	public String mediaType() {
		return MEDIA_TYPE;
	}

	@Override
	public String extension() {
		return "docx";
	}

	private static Map<Integer, XWPFFootnote> footnotes(XWPFDocument document, ExportedDraft exported) {
		document.createFootnotes();
		Map<Integer, XWPFFootnote> footnotes = new HashMap<>();
		// created in the order of their first reference, so that the footnotes' ids rise
		// with the
		// numbers readers show; LibreOffice lists footnotes by id
		List<Integer> order = new ArrayList<>();
		for (ExportedDraft.Block block : exported.blocks()) {
			if (block instanceof ExportedDraft.Paragraph body) {
				body.pieces()
					.stream()
					.filter(ExportedDraft.Reference.class::isInstance)
					.map(piece -> ((ExportedDraft.Reference) piece).marker())
					.filter(marker -> !order.contains(marker))
					.forEach(order::add);
			}
		}
		List<ExportedDraft.Note> notes = new ArrayList<>(exported.notes());
		notes.sort(java.util.Comparator
			.comparingInt(n -> order.contains(n.marker()) ? order.indexOf(n.marker()) : Integer.MAX_VALUE));
		for (ExportedDraft.Note note : notes) {
			XWPFFootnote footnote = document.createFootnote();
			XWPFParagraph paragraph = footnote.createParagraph();
			paragraph.setStyle("FootnoteText");
			footnote.ensureFootnoteRef(paragraph);
			paragraph.createRun().setText(" " + note.text());
			footnotes.put(note.marker(), footnote);
		}
		return footnotes;
	}

	private static void addStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		styles.setEastAsia(EAST_ASIAN_FONT);
		styles.addStyle(paragraphStyle("Title", "Title", 0, 36));
		styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, 30));
		styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, 26));
		CTStyle footnoteText = CTStyle.Factory.newInstance();
		footnoteText.setStyleId("FootnoteText");
		footnoteText.setType(STStyleType.PARAGRAPH);
		footnoteText.addNewName().setVal("footnote text");
		footnoteText.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
		styles.addStyle(new XWPFStyle(footnoteText));
		CTStyle reference = CTStyle.Factory.newInstance();
		reference.setStyleId("FootnoteReference");
		reference.setType(STStyleType.CHARACTER);
		reference.addNewName().setVal("footnote reference");
		reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		styles.addStyle(new XWPFStyle(reference));
		styles.addStyle(smallStyle("Caption", "caption", 20, true));
		styles.addStyle(smallStyle("FigureSource", "figure source", 18, false));
	}

	private static XWPFStyle smallStyle(String id, String name, int halfPoints, boolean bold) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		return new XWPFStyle(style);
	}

	private static XWPFStyle paragraphStyle(String id, String name, int outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		if (!"Title".equals(id)) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		return new XWPFStyle(style);
	}

}
