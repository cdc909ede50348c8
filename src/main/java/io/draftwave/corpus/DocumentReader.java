package io.draftwave.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.draftwave.corpus.format.DocumentParsers;
import io.draftwave.corpus.format.FormatDetector;
import io.draftwave.corpus.format.ParsedDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a file into passages: detects its format, parses it and cuts the text into
 * passages. Blocking; thread-safe.
 */
@Component
public class DocumentReader {

	private final FormatDetector detector = new FormatDetector();

	private final DocumentParsers parsers;

	private final Chunker chunker;

	@Autowired
	DocumentReader(CorpusProperties properties) {
		this(new DocumentParsers(), new Chunker(properties.maxPassageChars()));
	}

	/**
	 * A reader outside the service, cutting passages as the service does with
	 * {@code draftwave.corpus.max-passage-chars} set to {@code maxPassageChars}.
	 */
	public static DocumentReader standalone(int maxPassageChars) {
		return new DocumentReader(new DocumentParsers(), new Chunker(maxPassageChars));
	}

	DocumentReader(DocumentParsers parsers, Chunker chunker) {
		this.parsers = parsers;
		this.chunker = chunker;
	}

	/**
	 * A file read and cut into passages.
	 *
	 * @param format its format
	 * @param title the title stated in the file, or null
	 * @param language the language of most of its text
	 * @param text its normalised text and passages
	 */
	public record ReadDocument(DocumentFormat format, @Nullable String title, Language language, DocumentText text) {

		/**
		 * The title a document gets when nobody gives one: the title stated in the file,
		 * else the file name without its extension.
		 */
		public String titleOr(String fileName) {
			if (title != null && !title.isBlank()) {
				return title.strip();
			}
			int dot = fileName.lastIndexOf('.');
			return dot > 0 ? fileName.substring(0, dot) : fileName;
		}

	}

	/**
	 * Reads a whole file.
	 * @param fileName the user's name for it; only its extension is used
	 * @throws UnsupportedFormatException for an extension no parser reads
	 * @throws UnreadableDocumentException when the content is not of that format,
	 * corrupt, encrypted or without any text
	 */
	public ReadDocument read(Path file, String fileName) {
		return read(file, detect(file, fileName));
	}

	/**
	 * The tables inside a file whose format is already known: for HTML, DOCX, HWPX and
	 * HWP every table of at least two rows and two columns, in reading order
	 * ({@link DocumentTable}); empty for the other formats (a CSV or XLSX file is a table
	 * itself, read by its own rules). Parses the whole file again; the passages are not
	 * cut.
	 * @throws UnreadableDocumentException when the content is corrupt or encrypted
	 */
	public List<DocumentTable> tables(Path file, DocumentFormat format) {
		return parse(file, format).tables();
	}

	/**
	 * Reads a whole file whose format is already known ({@link #detect}).
	 * @throws UnreadableDocumentException when the content is corrupt, encrypted or
	 * without any text
	 */
	public ReadDocument read(Path file, DocumentFormat format) {
		ParsedDocument parsed = parse(file, format);
		DocumentText text = chunker.chunk(parsed);
		if (text.passages().isEmpty()) {
			throw new UnreadableDocumentException(
					"no text could be read from the " + format + " file (is it a scanned image without a text layer?)");
		}
		return new ReadDocument(format, parsed.title(), Language.detect(sample(text.text())), text);
	}

	/**
	 * The format the file name announces, checked against the first bytes.
	 * @throws UnsupportedFormatException for an extension no parser reads
	 * @throws UnreadableDocumentException when the content is not of that format
	 */
	public DocumentFormat detect(Path file, String fileName) {
		return detector.detect(fileName, head(file))
			.orElseThrow(() -> new UnsupportedFormatException(FileNames.safe(fileName)));
	}

	private ParsedDocument parse(Path file, DocumentFormat format) {
		try (InputStream in = Files.newInputStream(file)) {
			return parsers.parse(format, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static String sample(String text) {
		return text.length() > 20_000 ? text.substring(0, 20_000) : text;
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FormatDetector.HEAD_BYTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
