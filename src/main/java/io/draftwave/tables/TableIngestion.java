package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.draftwave.DraftwaveProperties;
import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentListener;
import io.draftwave.corpus.DocumentReader;
import io.draftwave.corpus.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables in step with the documents: a stored CSV, TSV or XLSX document has its
 * tables loaded (in place of the ones it had), and so does an HTML, DOCX, HWPX or HWP
 * document with the data tables inside it ({@link DocumentTables}); a removed document
 * loses them. A file whose tables cannot be read or shaped keeps its document; the
 * failure is logged. The tables database is opened only when a document with tables
 * arrives, or one that may have had some before.
 */
@Component
class TableIngestion implements DocumentListener {

	private static final Logger log = LoggerFactory.getLogger(TableIngestion.class);

	/** The formats whose documents can hold tables among their text. */
	private static final Set<DocumentFormat> TABLES_INSIDE = EnumSet.of(DocumentFormat.HTML, DocumentFormat.DOCX,
			DocumentFormat.HWPX, DocumentFormat.HWP);

	private final ObjectProvider<Tables> tables;

	private final DocumentReader reader;

	private final Path database;

	@Autowired
	TableIngestion(ObjectProvider<Tables> tables, DocumentReader reader, DraftwaveProperties properties) {
		this(tables, reader, properties.dataRoot().resolve(Tables.DATABASE_FILE));
	}

	TableIngestion(ObjectProvider<Tables> tables, DocumentReader reader, Path database) {
		this.tables = tables;
		this.reader = reader;
		this.database = database;
	}

	/**
	 * Whether documents of this format can have tables: CSV, TSV, XLSX and the formats
	 * with tables inside.
	 */
	static boolean holdsTables(DocumentFormat format) {
		return format == DocumentFormat.CSV || format == DocumentFormat.XLSX || TABLES_INSIDE.contains(format);
	}

	@Override
	public void stored(String documentId, String title, String fileName, Path original, DocumentFormat format) {
		if (TABLES_INSIDE.contains(format)) {
			storedWithTablesInside(documentId, title, fileName, original, format);
			return;
		}
		if (format != DocumentFormat.CSV && format != DocumentFormat.XLSX) {
			return;
		}
		String suffix = suffix(fileName, format);
		try {
			Path named = Files.createTempFile("draftwave-table-", suffix);
			try {
				Files.copy(original, named, StandardCopyOption.REPLACE_EXISTING);
				List<TableInfo> loaded = tables.getObject().load(documentId, title, named);
				log.info("Loaded {} table(s) of document {} ('{}')", loaded.size(), documentId, fileName);
			}
			finally {
				Files.deleteIfExists(named);
			}
		}
		catch (IOException | UncheckedIOException | TableException ex) {
			log.warn("Document {} ('{}') is kept, but its tables could not be loaded: {}", documentId, fileName,
					ex.getMessage());
		}
	}

	private void storedWithTablesInside(String documentId, String title, String fileName, Path original,
			DocumentFormat format) {
		try {
			List<RawTable> found = DocumentTables.raw(documentId, title, reader.tables(original, format));
			// no tables now and no database yet: nothing to replace, so DuckDB stays
			// closed
			if (found.isEmpty() && !Files.exists(database)) {
				return;
			}
			List<TableInfo> loaded = tables.getObject().load(documentId, found);
			if (!loaded.isEmpty()) {
				log.info("Loaded {} table(s) found in document {} ('{}')", loaded.size(), documentId, fileName);
			}
		}
		catch (UncheckedIOException | UnreadableDocumentException | TableException ex) {
			log.warn("Document {} ('{}') is kept, but the tables inside it could not be loaded: {}", documentId,
					fileName, ex.getMessage());
		}
	}

	@Override
	public void removed(String documentId) {
		tables.getObject().remove(documentId);
	}

	private static String suffix(String fileName, DocumentFormat format) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (format == DocumentFormat.XLSX) {
			return ".xlsx";
		}
		return name.endsWith(".tsv") ? ".tsv" : ".csv";
	}

}
