package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.draftwave.export.Approval;
import io.draftwave.export.DraftExporter;
import io.draftwave.review.DraftAccess;
import io.draftwave.review.DraftStore;
import io.draftwave.review.KeptDraft;
import io.draftwave.security.ApiKey;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * A kept draft as an office file ({@code GET
 * /api/drafts/{draftId}/export?format=docx|hwpx}): its current version, its citations as
 * footnotes, and for an approved draft a closing line naming the approver and the time.
 * Drafts are read from the {@link DraftStore}, so they export after a restart too; an
 * unknown id, or one the caller may not read, answers 404, an unknown format 400.
 */
@RestController
class ExportController {

	/** The zone of the date in the file name, as in the exported title. */
	static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private final DraftStore store;

	private final Map<String, DraftExporter> exporters = new TreeMap<>();

	ExportController(DraftStore store, List<DraftExporter> exporters) {
		this.store = store;
		exporters.forEach(e -> this.exporters.put(e.extension(), e));
	}

	@GetMapping("/api/drafts/{draftId}/export")
	Mono<ResponseEntity<byte[]>> exportDraft(@PathVariable String draftId,
			@RequestParam(defaultValue = "docx") String format, ServerWebExchange exchange) {
		DraftExporter exporter = exporters.get(format.strip().toLowerCase(Locale.ROOT));
		if (exporter == null) {
			throw new InvalidRequestException(
					"'format' must be one of " + String.join(", ", exporters.keySet()) + "; not '" + format + "'");
		}
		ApiKey caller = Callers.of(exchange);
		return store.find(draftId)
			.filter(d -> DraftAccess.canRead(d, caller))
			.switchIfEmpty(Mono.error(() -> new DraftNotFoundException(draftId)))
			.publishOn(Schedulers.boundedElastic())
			.map(kept -> file(kept, exporter));
	}

	private static ResponseEntity<byte[]> file(KeptDraft kept, DraftExporter exporter) {
		String filename = "draft-" + kept.draft().kind().id() + "-" + LocalDate.now(ZONE) + "." + exporter.extension();
		Approval approval = kept.approvedBy() == null || kept.approvedAt() == null ? null
				: new Approval(kept.approvedBy(), kept.approvedAt());
		byte[] bytes = exporter.export(kept.draft(), approval);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(exporter.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
