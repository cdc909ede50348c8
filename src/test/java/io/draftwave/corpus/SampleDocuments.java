package io.draftwave.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Builds small documents of every binary format in memory, for tests. Everything is
 * generated from the arguments, so a test states the text it then looks for.
 */
public final class SampleDocuments {

	private SampleDocuments() {
	}

	/**
	 * A DOCX with the title in its core properties; strings starting with {@code "# "}
	 * become paragraphs styled {@code Heading1} (without the mark), the others plain
	 * paragraphs.
	 */
	public static byte[] docx(String title, List<String> headingsAndParagraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			for (String text : headingsAndParagraphs) {
				XWPFParagraph paragraph = document.createParagraph();
				if (text.startsWith("# ")) {
					paragraph.setStyle("Heading1");
					paragraph.createRun().setText(text.substring(2));
				}
				else {
					paragraph.createRun().setText(text);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A DOCX with one table: the header row, then the rows. */
	public static byte[] docxTable(List<String> header, List<List<String>> rows) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var table = document.createTable(rows.size() + 1, header.size());
			for (int c = 0; c < header.size(); c++) {
				table.getRow(0).getCell(c).setText(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < header.size(); c++) {
					table.getRow(r + 1).getCell(c).setText(rows.get(r).get(c));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An XLSX with one sheet: the header row, then the rows (numbers stay numeric cells).
	 */
	public static byte[] xlsx(String sheet, List<String> header, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet s = workbook.createSheet(sheet);
			XSSFRow headerRow = s.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				headerRow.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = s.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An HWPX made from hwpxlib's blank file, the title in {@code content.hpf}, one
	 * paragraph per string.
	 */
	public static byte[] hwpx(String title, List<String> paragraphs) {
		HWPXFile file = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
		var metaData = file.contentHPFFile().metaData();
		if (metaData.title() == null) {
			metaData.createTitle();
		}
		metaData.title().addText(title);
		SectionXMLFile section = file.sectionXMLFileList().get(0);
		Para template = section.getPara(0);
		for (String text : paragraphs) {
			Para para = section.addNewPara();
			para.idAnd(String.valueOf(section.countOfPara()))
				.paraPrIDRefAnd(template.paraPrIDRef())
				.styleIDRefAnd(template.styleIDRef())
				.pageBreakAnd(false)
				.columnBreakAnd(false)
				.merged(false);
			Run run = para.addNewRun();
			run.charPrIDRef(template.getRun(0).charPrIDRef());
			run.addNewT().addText(text);
		}
		try {
			return HWPXWriter.toBytes(file);
		}
		catch (Exception e) {
			throw new IllegalStateException("could not write the sample HWPX", e);
		}
	}

	/**
	 * The HWPX with its manifest declaring encrypted entries, as 한글 writes a
	 * password-protected file (the content itself is left readable; the parser must
	 * refuse on the declaration).
	 */
	public static byte[] passwordHwpx() {
		byte[] plain = hwpx("암호 문서", List.of("비밀 내용입니다."));
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
				<odf:file-entry odf:full-path="Contents/section0.xml" odf:media-type="application/xml">
				<odf:encryption-data odf:checksum-type="SHA1" odf:checksum="AAAA"/>
				</odf:file-entry>
				</odf:manifest>
				""";
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			boolean wroteManifest = false;
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("META-INF/manifest.xml")) {
					content = manifest.getBytes(StandardCharsets.UTF_8);
					wroteManifest = true;
				}
				out.write(content);
				out.closeEntry();
			}
			if (!wroteManifest) {
				out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
				out.write(manifest.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An HWP 5 made from hwplib's blank file: the title as the first paragraph (hwplib's
	 * blank file has no summary information to hold it), then one paragraph per string.
	 */
	public static byte[] hwp(String title, List<String> paragraphs) {
		return hwpFile(title, paragraphs);
	}

	/**
	 * An HWP 5 whose file header says it is password-protected. hwplib refuses to write
	 * such a file, so the password bit (bit 1 of the properties after the 32-byte
	 * signature and the 4-byte version) is set in the stored, uncompressed
	 * {@code FileHeader} stream.
	 */
	public static byte[] passwordHwp() {
		byte[] bytes = hwp("암호 문서", List.of("비밀 내용입니다."));
		byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + signature.length < bytes.length; i++) {
			if (java.util.Arrays.equals(bytes, i, i + signature.length, signature, 0, signature.length)) {
				bytes[i + 36] |= 0x02;
				return bytes;
			}
		}
		throw new IllegalStateException("no FileHeader signature in the sample HWP");
	}

	private static byte[] hwpFile(String title, List<String> paragraphs) {
		HWPFile file = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
		Section section = file.getBodyText().getSectionList().get(0);
		try {
			Paragraph first = section.getParagraph(0);
			if (first.getText() == null) {
				first.createText();
			}
			first.getText().addString(title);
			for (String text : paragraphs) {
				Paragraph paragraph = section.addNewParagraph();
				paragraph.getHeader().setParaShapeId(first.getHeader().getParaShapeId());
				paragraph.getHeader().setStyleId(first.getHeader().getStyleId());
				paragraph.getHeader().getControlMask().setValue(0);
				paragraph.createText();
				paragraph.getText().addString(text);
				paragraph.createCharShape();
				paragraph.getCharShape().addParaCharShape(0, 0);
				paragraph.getHeader().setCharShapeCount(1);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			HWPWriter.toStream(file, out);
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException("could not write the sample HWP", e);
		}
	}

	/**
	 * A PDF with one page per list entry and one paragraph per string, paragraphs
	 * separated by a wide vertical gap and long paragraphs wrapped. The text is drawn in
	 * a non-embedded CID font ({@code Identity-H}, every glyph 1000 units wide) whose
	 * codes are the UTF-16 code units and whose {@code ToUnicode} CMap maps them back, so
	 * Korean needs no installed font: PDFBox cannot embed the CFF-based Noto CJK fonts,
	 * and extraction only reads {@code ToUnicode}. Words are drawn one by one at their
	 * own x position, so no space glyph is ever drawn, as in many Korean office PDFs.
	 */
	public static byte[] pdf(List<List<String>> pages) {
		return pdf(pages, null);
	}

	/** {@link #pdf(List)} with a title in the document information. */
	public static byte[] pdf(List<List<String>> pages, String title) {
		try (PDDocument document = new PDDocument()) {
			if (title != null) {
				document.getDocumentInformation().setTitle(title);
			}
			java.util.SortedSet<Character> used = new java.util.TreeSet<>();
			pages.forEach(page -> page.forEach(p -> p.chars().filter(c -> c != ' ').forEach(c -> used.add((char) c))));
			COSDictionary font = cidFont(document, used);
			float size = 11;
			float leading = 13;
			float left = 56;
			float maxWidth = PDRectangle.A4.getWidth() - 2 * left;
			for (List<String> paragraphs : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				COSDictionary fonts = new COSDictionary();
				fonts.setItem(COSName.getPDFName("F1"), font);
				PDResources resources = new PDResources();
				resources.getCOSObject().setItem(COSName.FONT, fonts);
				page.setResources(resources);
				StringBuilder content = new StringBuilder();
				float y = PDRectangle.A4.getHeight() - 72;
				for (String paragraph : paragraphs) {
					float x = left;
					for (String word : paragraph.split(" ")) {
						if (word.isEmpty()) {
							continue;
						}
						float width = word.length() * size;
						if (x > left && x + width > left + maxWidth) {
							x = left;
							y -= leading;
						}
						content.append(String.format(java.util.Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <",
								size, x, y));
						word.chars().forEach(c -> content.append(String.format("%04X", c)));
						content.append("> Tj ET\n");
						x += width + size / 2;
					}
					y -= leading * 3;
				}
				PDStream stream = new PDStream(document);
				try (OutputStream out = stream.createOutputStream()) {
					out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(stream);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static COSDictionary cidFont(PDDocument document, java.util.SortedSet<Character> used) throws IOException {
		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, "Adobe");
		systemInfo.setString(COSName.ORDERING, "Identity");
		systemInfo.setInt(COSName.SUPPLEMENT, 0);
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "NotoSansCJKkr-Regular");
		descriptor.setInt(COSName.FLAGS, 4);
		COSArray bbox = new COSArray();
		for (int v : new int[] { 0, -120, 1000, 880 }) {
			bbox.add(COSInteger.get(v));
		}
		descriptor.setItem(COSName.FONT_BBOX, bbox);
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 700);
		descriptor.setInt(COSName.STEM_V, 80);
		COSDictionary cid = new COSDictionary();
		cid.setItem(COSName.TYPE, COSName.FONT);
		cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		cid.setName(COSName.BASE_FONT, "NotoSansCJKkr-Regular");
		cid.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		cid.setItem(COSName.FONT_DESC, descriptor);
		cid.setInt(COSName.DW, 1000);
		StringBuilder cmap = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Character> chars = List.copyOf(used);
		for (int from = 0; from < chars.size(); from += 100) {
			List<Character> chunk = chars.subList(from, Math.min(from + 100, chars.size()));
			cmap.append(chunk.size()).append(" beginbfchar\n");
			chunk.forEach(c -> cmap.append(String.format("<%04X> <%04X>%n", (int) c, (int) c)));
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		PDStream toUnicode = new PDStream(document);
		try (OutputStream out = toUnicode.createOutputStream()) {
			out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
		}
		COSArray descendants = new COSArray();
		descendants.add(cid);
		COSDictionary type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, "NotoSansCJKkr-Regular");
		type0.setName(COSName.ENCODING, "Identity-H");
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, toUnicode);
		return type0;
	}

	/** A one-page PDF that needs a user password to open. */
	public static byte[] encryptedPdf() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code length} pseudo-random bytes from a fixed seed. */
	public static byte[] randomBytes(long seed, int length) {
		byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** The first {@code length} bytes of a file, as an interrupted upload leaves it. */
	public static byte[] truncated(byte[] bytes, int length) {
		return java.util.Arrays.copyOf(bytes, Math.min(length, bytes.length));
	}

}
