package io.draftwave.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.jspecify.annotations.Nullable;

/**
 * Reads HWPX (the OWPML ZIP format of 한글) with hwpxlib, walking sections, paragraphs,
 * runs and their text items; every paragraph is a PARAGRAPH block, and the text of a
 * table or other object inside a run is a PARAGRAPH block of its own. Each table (nested
 * ones too) is also reported on its grid ({@link HwpxTables}). The title comes from
 * {@code content.hpf}. A package whose manifest declares encryption is refused as
 * password-protected.
 */
final class HwpxParser implements DocumentParser {

	private static final TextMarks MARKS = new TextMarks();

	@Override
	public DocumentFormat format() {
		return DocumentFormat.HWPX;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		byte[] bytes = Streams.readAll(in, format());
		if (!Magic.isZip(bytes)) {
			throw new UnreadableDocumentException("not a valid HWPX file: it is not a ZIP package");
		}
		if (isEncrypted(bytes)) {
			throw new UnreadableDocumentException("the HWPX file is password-protected");
		}
		HWPXFile file = read(bytes);
		List<Block> blocks = new ArrayList<>();
		FoundTables tables = new FoundTables();
		for (SectionXMLFile section : file.sectionXMLFileList().items()) {
			for (Para para : section.paras()) {
				paragraph(para, blocks);
				HwpxTables.find(para, tables);
			}
		}
		return new ParsedDocument(title(file), blocks, tables.list());
	}

	private static void paragraph(Para para, List<Block> blocks) {
		StringBuilder text = new StringBuilder();
		for (Run run : para.runs()) {
			for (RunItem item : run.runItems()) {
				if (item instanceof T t) {
					text(t, text);
				}
				else {
					add(text, blocks);
					add(objectText(item), blocks);
				}
			}
		}
		add(text, blocks);
	}

	static void text(T t, StringBuilder text) {
		if (t.isOnlyText() || t.items() == null) {
			text.append(t.onlyText() == null ? "" : t.onlyText());
			return;
		}
		for (TItem item : t.items()) {
			if (item instanceof NormalText normal) {
				text.append(normal.text() == null ? "" : normal.text());
			}
			else if (item instanceof Tab) {
				text.append('\t');
			}
			else if (item instanceof LineBreak) {
				text.append('\n');
			}
			else if (item.getClass().getSimpleName().endsWith("Space")) {
				text.append(' ');
			}
		}
	}

	private static CharSequence objectText(RunItem item) {
		try {
			String text = TextExtractor.extractFrom(item, TextExtractMethod.InsertControlTextBetweenParagraphText,
					MARKS);
			return text == null ? "" : text;
		}
		catch (Exception e) {
			return "";
		}
	}

	private static void add(CharSequence text, List<Block> blocks) {
		for (String line : text.toString().split("\\n")) {
			String paragraph = line.strip();
			if (!paragraph.isEmpty()) {
				blocks.add(Block.paragraph(paragraph));
			}
		}
		if (text instanceof StringBuilder builder) {
			builder.setLength(0);
		}
	}

	private static HWPXFile read(byte[] bytes) {
		Path temp = null;
		try {
			temp = Files.createTempFile("draftwave-", ".hwpx");
			Files.write(temp, bytes);
			return HWPXReader.fromFile(temp.toFile());
		}
		catch (Exception e) {
			throw new UnreadableDocumentException("not a valid HWPX file: " + Streams.reason(e), e);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					temp.toFile().deleteOnExit();
				}
			}
		}
	}

	/**
	 * Whether {@code META-INF/manifest.xml} declares encrypted entries, as 한글 does for a
	 * password.
	 */
	static boolean isEncrypted(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().equals("META-INF/manifest.xml")) {
					String manifest = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
					return manifest.contains("encryption-data");
				}
			}
			return false;
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("not a valid HWPX file: " + Streams.reason(e), e);
		}
	}

	private static @Nullable String title(HWPXFile file) {
		if (file.contentHPFFile() == null) {
			return null;
		}
		MetaData metaData = file.contentHPFFile().metaData();
		if (metaData == null || metaData.title() == null) {
			return null;
		}
		String title = metaData.title().text();
		return title == null || title.isBlank() ? null : title.strip();
	}

}
