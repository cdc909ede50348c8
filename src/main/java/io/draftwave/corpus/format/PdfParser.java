package io.draftwave.corpus.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads PDF with PDFBox, page by page, so every block carries its 1-based page. A page's
 * text is split into paragraphs on blank lines (PDFBox's paragraph detection marks
 * vertical gaps); the lines of one paragraph are joined by a space. U+0000, which PDFBox
 * emits for spaces in some Korean font subsets, becomes a space. The title comes from the
 * document information.
 */
final class PdfParser implements DocumentParser {

	@Override
	public DocumentFormat format() {
		return DocumentFormat.PDF;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		byte[] bytes = Streams.readAll(in, format());
		if (!Magic.isPdf(bytes)) {
			throw new UnreadableDocumentException("not a valid PDF file: the %PDF header is missing");
		}
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			stripper.setParagraphStart("\n");
			stripper.setParagraphEnd("");
			List<Block> blocks = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document).replace('\u0000', ' ');
				for (String paragraph : TextParser.paragraphs(text)) {
					blocks.add(Block.paragraph(joinLines(paragraph)).onPage(page));
				}
			}
			return new ParsedDocument(title(document), blocks);
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException("the PDF is encrypted", e);
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("not a valid PDF file: " + Streams.reason(e), e);
		}
	}

	private static String joinLines(String paragraph) {
		return paragraph.replaceAll("[ \\t]*\\n[ \\t]*", " ");
	}

	private static @org.jspecify.annotations.Nullable String title(PDDocument document) {
		PDDocumentInformation info = document.getDocumentInformation();
		String title = info == null ? null : info.getTitle();
		return title == null || title.isBlank() ? null : title.strip();
	}

}
