package io.draftwave.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.draftwave.DraftwaveProperties;
import io.draftwave.corpus.CorpusProperties;
import io.draftwave.corpus.DocumentIngestion;
import io.draftwave.corpus.DocumentNotFoundException;
import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentRemoval;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.DocumentTooLargeException;
import io.draftwave.corpus.OriginalStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Uploading, listing, fetching and removing documents. An upload is answered 201 only once the
 * original is on disk, the record written and the passages committed to the index.
 */
@RestController
class DocumentController {

	private static final Logger log = LoggerFactory.getLogger(DocumentController.class);

	private final DocumentIngestion ingestion;

	private final DocumentRemoval removal;

	private final DocumentStore store;

	private final OriginalStore originals;

	private final CorpusProperties corpus;

	private final Path uploads;

	DocumentController(DocumentIngestion ingestion, DocumentRemoval removal, DocumentStore store,
			OriginalStore originals, CorpusProperties corpus, DraftwaveProperties properties) throws IOException {
		this.ingestion = ingestion;
		this.removal = removal;
		this.store = store;
		this.originals = originals;
		this.corpus = corpus;
		this.uploads = Files.createDirectories(properties.dataRoot().resolve("uploads"));
		removeLeftovers(this.uploads);
	}

	record DocumentView(String id, String title, String fileName, String format, String language, long sizeBytes,
			String sha256, String status, int passageCount, Instant createdAt, Instant updatedAt, String url) {

		static DocumentView of(DocumentRecord r) {
			return new DocumentView(r.id(), r.title(), r.fileName(), r.format().name().toLowerCase(java.util.Locale.ROOT),
					r.language().code(), r.sizeBytes(), r.sha256(), r.status().name().toLowerCase(java.util.Locale.ROOT),
					r.passageCount(), r.createdAt(), r.updatedAt(), Links.original(r.id()));
		}

	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<DocumentView>> uploadDocument(ServerWebExchange exchange) {
		return exchange.getMultipartData().flatMap(parts -> {
			Part file = parts.getFirst("file");
			if (!(file instanceof FilePart filePart)) {
				return Mono.error(new InvalidRequestException(
						"send the document as a file in the multipart field 'file'"));
			}
			Part titlePart = parts.getFirst("title");
			String title = titlePart instanceof FormFieldPart field ? field.value() : null;
			return receive(filePart).flatMap(tmp -> ingestion
				.ingest(new DocumentIngestion.Candidate(tmp, filePart.filename(), title, DocumentRecord.UPLOAD_ORIGIN))
				.doFinally(signal -> deleteQuietly(tmp)));
		}).map(outcome -> outcome.created()
				? ResponseEntity.status(HttpStatus.CREATED)
					.location(java.net.URI.create(Links.document(outcome.record().id())))
					.body(DocumentView.of(outcome.record()))
				: ResponseEntity.ok(DocumentView.of(outcome.record())));
	}

	@GetMapping("/api/documents")
	Flux<DocumentView> listDocuments() {
		return store.findAll().map(DocumentView::of);
	}

	@GetMapping("/api/documents/{id}")
	Mono<DocumentView> findDocument(@PathVariable String id) {
		return find(id).map(DocumentView::of);
	}

	@GetMapping("/api/documents/{id}/original")
	Mono<ResponseEntity<Resource>> downloadOriginal(@PathVariable String id) {
		return find(id).map(r -> ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(r.format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(r.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(originals.path(r.sha256()))));
	}

	@DeleteMapping("/api/documents/{id}")
	Mono<ResponseEntity<Void>> deleteDocument(@PathVariable String id) {
		return removal.remove(id).thenReturn(ResponseEntity.noContent().build());
	}

	private Mono<DocumentRecord> find(String id) {
		return store.findById(id).switchIfEmpty(Mono.error(() -> new DocumentNotFoundException(id)));
	}

	/** Writes the upload to a temporary file, refusing it as soon as it passes the size limit. */
	private Mono<Path> receive(FilePart part) {
		long limit = corpus.maxUploadSize().toBytes();
		AtomicLong received = new AtomicLong();
		return Mono.fromCallable(() -> Files.createTempFile(uploads, "upload-", ".part"))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(tmp -> DataBufferUtils.write(part.content().doOnNext(buffer -> {
				if (received.addAndGet(buffer.readableByteCount()) > limit) {
					throw new DocumentTooLargeException(corpus.maxUploadSize());
				}
			}), tmp).thenReturn(tmp).onErrorResume(ex -> {
				deleteQuietly(tmp);
				return Mono.error(ex);
			}));
	}

	private static void deleteQuietly(Path tmp) {
		try {
			Files.deleteIfExists(tmp);
		}
		catch (IOException ex) {
			log.warn("Could not remove the temporary upload {}: {}", tmp, ex.getMessage());
		}
	}

	/** Temporary uploads of a run that ended abruptly. */
	private static void removeLeftovers(Path uploads) throws IOException {
		try (var files = Files.list(uploads)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
	}

}
