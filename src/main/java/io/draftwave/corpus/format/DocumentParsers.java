package io.draftwave.corpus.format;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/**
 * All the parsers Draftwave has, one per {@link DocumentFormat}. Stateless and
 * thread-safe.
 */
public final class DocumentParsers {

	private final Map<DocumentFormat, DocumentParser> parsers = new EnumMap<>(DocumentFormat.class);

	/** The standard parsers: one for every {@link DocumentFormat}. */
	public DocumentParsers() {
		for (DocumentParser parser : List.of(new HwpParser(), new HwpxParser(), new PdfParser(), new DocxParser(),
				new XlsxParser(), new CsvParser(), new HtmlParser(), new MarkdownParser(), new TextParser())) {
			parsers.put(parser.format(), parser);
		}
	}

	/** The parser for a format; every format has one. */
	DocumentParser forFormat(DocumentFormat format) {
		DocumentParser parser = parsers.get(format);
		if (parser == null) {
			throw new IllegalStateException("no parser for " + format);
		}
		return parser;
	}

	/**
	 * Parses a file of the given format. Besides the parser's own refusals, any
	 * unexpected runtime failure inside a library (POI, PDFBox, hwplib, jsoup) is
	 * reported as unreadable.
	 * @param in the file's bytes; not closed
	 * @throws UnreadableDocumentException with a message
	 * {@code "not a valid <FORMAT> file: <reason>"} for library failures, or the parser's
	 * own reason (encrypted, password-protected, ...)
	 */
	public ParsedDocument parse(DocumentFormat format, InputStream in) {
		try {
			return forFormat(format).parse(in);
		}
		catch (UnreadableDocumentException e) {
			throw e;
		}
		catch (RuntimeException | StackOverflowError e) {
			throw new UnreadableDocumentException("not a valid " + format + " file: " + Streams.reason(e), e);
		}
	}

}
