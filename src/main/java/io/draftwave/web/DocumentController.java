package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.draftwave.corpus.DocumentNotFoundException;
import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentRemoval;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.OriginalStore;
import io.draftwave.corpus.UploadStaging;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
 * Uploading, listing, fetching and removing documents. An upload is answered 201 only
 * once the original is on disk, the record written and the passages committed to the
 * index; a client that goes away after sending the whole file does not stop that work
 * (see {@link UploadStaging}).
 */
@RestController
class DocumentController {

	private final UploadStaging uploads;

	private final DocumentRemoval removal;

	private final DocumentStore store;

	private final OriginalStore originals;

	DocumentController(UploadStaging uploads, DocumentRemoval removal, DocumentStore store, OriginalStore originals) {
		this.uploads = uploads;
		this.removal = removal;
		this.store = store;
		this.originals = originals;
	}

	record DocumentView(String id, String title, String fileName, String format, String language, long sizeBytes,
			String sha256, String status, int passageCount, Instant createdAt, Instant updatedAt, String url) {

		static DocumentView of(DocumentRecord r) {
			return new DocumentView(r.id(), r.title(), r.fileName(),
					r.format().name().toLowerCase(java.util.Locale.ROOT), r.language().code(), r.sizeBytes(),
					r.sha256(), r.status().name().toLowerCase(java.util.Locale.ROOT), r.passageCount(), r.createdAt(),
					r.updatedAt(), Links.original(r.id()));
		}

	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<DocumentView>> uploadDocument(ServerWebExchange exchange) {
		return exchange.getMultipartData().flatMap(parts -> {
			Part file = parts.getFirst("file");
			if (!(file instanceof FilePart filePart)) {
				return Mono
					.error(new InvalidRequestException("send the document as a file in the multipart field 'file'"));
			}
			Part titlePart = parts.getFirst("title");
			String title = titlePart instanceof FormFieldPart field ? field.value() : null;
			return uploads.ingest(filePart.content(), filePart.filename(), title);
		})
			.map(outcome -> outcome.created()
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

}
