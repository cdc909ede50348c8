package io.draftwave.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brings a folder's documents into the index: new files are ingested, changed files
 * re-indexed under the same document id, unchanged ones skipped by their hash, and
 * documents whose file is gone from the folder removed. A file that cannot be read is
 * reported and skipped; the rest goes on. The index is committed every
 * {@code draftwave.corpus.commit-every} documents. Blocking.
 */
@Component
public class FolderIngestion {

	private static final Logger log = LoggerFactory.getLogger(FolderIngestion.class);

	private final DocumentIngestion ingestion;

	private final DocumentRemoval removal;

	private final DocumentStore store;

	private final PassageSink index;

	private final CorpusProperties properties;

	FolderIngestion(DocumentIngestion ingestion, DocumentRemoval removal, DocumentStore store, PassageSink index,
			CorpusProperties properties) {
		this.ingestion = ingestion;
		this.removal = removal;
		this.store = store;
		this.index = index;
		this.properties = properties;
	}

	/**
	 * What a folder run did.
	 *
	 * @param files supported files found
	 * @param added documents stored for the first time or changed
	 * @param unchanged files already stored with the same content
	 * @param removed documents removed because their file is gone
	 * @param failed files that could not be read, with the reason
	 */
	public record Report(int files, int added, int unchanged, int removed, List<String> failed) {
	}

	/**
	 * Ingests every supported file under the folder, recursively, hidden files excepted.
	 */
	public Report ingest(Path folder, IngestionProgress progress) {
		return ingest(folder, progress, () -> false);
	}

	/**
	 * As {@link #ingest(Path, IngestionProgress)}, stopping between two files once
	 * {@code stop} says so; what was indexed until then is committed.
	 */
	public Report ingest(Path folder, IngestionProgress progress, BooleanSupplier stop) {
		Path dir = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException("not a folder: " + dir);
		}
		List<Path> files = supportedFiles(dir);
		progress.start("Indexing " + dir, files.size());
		List<DocumentRecord> batch = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		int added = 0;
		for (Path file : files) {
			if (stop.getAsBoolean()) {
				log.info("Stopped indexing {} before {}: the service is shutting down", dir, file);
				commit(batch);
				return new Report(files.size(), added, 0, 0, failed);
			}
			try {
				var outcome = ingestion
					.ingestUncommitted(
							new DocumentIngestion.Candidate(file, file.getFileName().toString(), null, originOf(file)))
					.block();
				if (outcome.created()) {
					batch.add(outcome.record());
					added++;
				}
			}
			catch (UnreadableDocumentException | UnsupportedFormatException | DocumentTooLargeException ex) {
				failed.add(dir.relativize(file) + ": " + ex.getMessage());
				log.warn("Skipped {}: {}", file, ex.getMessage());
			}
			if (batch.size() >= properties.commitEvery()) {
				commit(batch);
			}
			progress.step(file.getFileName().toString());
		}
		commit(batch);
		int removed = removeVanished(dir);
		progress.end();
		Report report = new Report(files.size(), added, files.size() - added - failed.size(), removed, failed);
		log.info("Folder {}: {} files, {} added or changed, {} unchanged, {} removed, {} unreadable", dir,
				report.files(), report.added(), report.unchanged(), report.removed(), report.failed().size());
		return report;
	}

	private void commit(List<DocumentRecord> batch) {
		if (batch.isEmpty()) {
			return;
		}
		index.commit();
		batch.forEach(r -> ingestion.markIndexed(r).block());
		batch.clear();
	}

	private int removeVanished(Path dir) {
		String prefix = DocumentRecord.CORPUS_ORIGIN_PREFIX + dir + dir.getFileSystem().getSeparator();
		List<DocumentRecord> vanished = store.findByOriginPrefix(prefix)
			.filter(r -> !Files.exists(Path.of(r.origin().substring(DocumentRecord.CORPUS_ORIGIN_PREFIX.length()))))
			.collectList()
			.block();
		vanished.forEach(r -> removal.remove(r).block());
		return vanished.size();
	}

	static String originOf(Path file) {
		return DocumentRecord.CORPUS_ORIGIN_PREFIX + file.toAbsolutePath().normalize();
	}

	private static List<Path> supportedFiles(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !dir.relativize(p).toString().startsWith(".")
						&& !p.getFileName().toString().startsWith("."))
				.filter(p -> DocumentFormat.fromFileName(p.getFileName().toString()).isPresent())
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir, ex);
		}
	}

}
