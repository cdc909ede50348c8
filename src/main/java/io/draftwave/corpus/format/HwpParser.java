package io.draftwave.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.org.apache.poi.hpsf.SummaryInformation;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.jspecify.annotations.Nullable;

/**
 * Reads HWP 5 (the OLE2-based binary format of 한글) with hwplib. Every paragraph of the
 * body, with the text of tables and text boxes inserted where they stand, is a PARAGRAPH
 * block. Each table (nested ones too) is also reported on its grid ({@link HwpTables}).
 * The title comes from the summary information when the file has it. Password-protected
 * and distribution ("배포용") documents, whose body is encrypted, and HWP 3 files are
 * refused with a reason.
 */
final class HwpParser implements DocumentParser {

	@Override
	public DocumentFormat format() {
		return DocumentFormat.HWP;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		byte[] bytes = Streams.readAll(in, format());
		if (Magic.isHwp3(bytes)) {
			throw new UnreadableDocumentException("HWP 3.0 files are not supported; save the file as HWP 5 or HWPX");
		}
		if (!Magic.isOle2(bytes)) {
			throw new UnreadableDocumentException("not a valid HWP 5 file: it is not an OLE2 compound file");
		}
		HWPFile file = read(bytes);
		String text;
		try {
			text = TextExtractor.extract(file, TextExtractMethod.InsertControlTextBetweenParagraphText);
		}
		catch (Exception e) {
			throw new UnreadableDocumentException("not a valid HWP 5 file: " + Streams.reason(e), e);
		}
		List<Block> blocks = new ArrayList<>();
		for (String line : text.split("\\r?\\n|\\r")) {
			String paragraph = line.strip();
			if (!paragraph.isEmpty()) {
				blocks.add(Block.paragraph(paragraph));
			}
		}
		return new ParsedDocument(title(file), blocks, HwpTables.find(file));
	}

	private static HWPFile read(byte[] bytes) {
		try {
			return HWPReader.fromInputStream(new ByteArrayInputStream(bytes));
		}
		catch (Exception e) {
			String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("password")) {
				throw new UnreadableDocumentException("the HWP file is password-protected", e);
			}
			if (message.contains("deployment")) {
				throw new UnreadableDocumentException(
						"the HWP file is a distribution document (배포용 문서) whose text is encrypted", e);
			}
			throw new UnreadableDocumentException("not a valid HWP 5 file: " + Streams.reason(e), e);
		}
	}

	private static @Nullable String title(HWPFile file) {
		SummaryInformation summary = file.getSummaryInformation();
		String title = summary == null ? null : summary.getTitle();
		return title == null || title.isBlank() ? null : title.strip();
	}

}
