package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables in step with the documents: a stored CSV, TSV or XLSX document has its
 * tables loaded (in place of the ones it had), a removed document loses them. A file
 * whose tables cannot be shaped keeps its document; the failure is logged. The tables
 * database is opened only when a table document arrives.
 */
@Component
class TableIngestion implements DocumentListener {

	private static final Logger log = LoggerFactory.getLogger(TableIngestion.class);

	private final ObjectProvider<Tables> tables;

	TableIngestion(ObjectProvider<Tables> tables) {
		this.tables = tables;
	}

	@Override
	public void stored(String documentId, String title, String fileName, Path original, DocumentFormat format) {
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
