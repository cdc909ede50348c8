package io.draftwave.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.draftwave.DraftwaveProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;

/**
 * Takes an upload into Draftwave: its bytes are written to a staging file under
 * {@code <data-dir>/uploads} (refused as soon as they pass
 * {@code draftwave.corpus.max-upload-size}), then ingested. An upload abandoned while its
 * bytes arrive leaves nothing: the staging file is removed. Once every byte has arrived
 * the ingestion runs to its end even if the client goes away, and the staging file is
 * removed after it. Staging files left by a run that ended abruptly are removed when the
 * service starts.
 */
@Component
public class UploadStaging {

	private static final Logger log = LoggerFactory.getLogger(UploadStaging.class);

	private final DocumentIngestion ingestion;

	private final CorpusProperties properties;

	private final StoreWork work;

	private final Path folder;

	UploadStaging(DocumentIngestion ingestion, CorpusProperties properties, StoreWork work,
			DraftwaveProperties draftwave) {
		this.ingestion = ingestion;
		this.properties = properties;
		this.work = work;
		this.folder = draftwave.dataRoot().resolve("uploads");
		removeLeftovers();
	}

	/**
	 * Stages and ingests an upload.
	 * @param content the file's bytes as they arrive
	 * @param fileName the name the user gave the file
	 * @param title a title that overrides the one found in the file, or null
	 * @return what happened, as
	 * {@link DocumentIngestion#ingest(DocumentIngestion.Candidate)}
	 * @throws DocumentTooLargeException (as an error signal) once the bytes pass the size
	 * limit
	 */
	public Mono<DocumentIngestion.Outcome> ingest(Flux<DataBuffer> content, String fileName, @Nullable String title) {
		return work.call(() -> Files.createTempFile(Files.createDirectories(folder), "upload-", ".part"))
			.flatMap(staged -> receive(content, staged).doOnCancel(() -> deleteQuietly(staged)).onErrorResume(ex -> {
				deleteQuietly(staged);
				return Mono.error(ex);
			})
				.then(Mono.defer(() -> ingestion.ingest(
						new DocumentIngestion.Candidate(staged, fileName, title, DocumentRecord.UPLOAD_ORIGIN),
						() -> deleteQuietly(staged)))));
	}

	/**
	 * Writes the bytes to the staging file, refusing them as soon as they pass the size
	 * limit.
	 */
	private Mono<Void> receive(Flux<DataBuffer> content, Path staged) {
		long limit = properties.maxUploadSize().toBytes();
		AtomicLong received = new AtomicLong();
		// an asynchronous file channel: a cancelled write interrupts no thread
		return DataBufferUtils.write(content.doOnNext(buffer -> {
			if (received.addAndGet(buffer.readableByteCount()) > limit) {
				DataBufferUtils.release(buffer);
				throw new DocumentTooLargeException(properties.maxUploadSize());
			}
		}), staged);
	}

	private static void deleteQuietly(Path staged) {
		try {
			Files.deleteIfExists(staged);
		}
		catch (IOException ex) {
			log.warn("Could not remove the staged upload {}: {}", staged, ex.getMessage());
		}
	}

	/** Staging files of a run that ended abruptly. */
	private void removeLeftovers() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot clear the upload staging folder " + folder, ex);
		}
	}

}
