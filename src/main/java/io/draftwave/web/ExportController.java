package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftArchive;
import io.draftwave.export.DraftExporter;
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

/**
 * A finished draft as an office file ({@code GET
 * /api/drafts/{draftId}/export?format=docx|hwpx}), its citations as footnotes. Drafts are
 * found in the {@link DraftArchive} for as long as
 * {@code draftwave.drafting.keep-drafts-for}; an unknown or expired id answers 404, an
 * unknown format 400.
 */
@RestController
class ExportController {

	/** The zone of the date in the file name, as in the exported title. */
	static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private final DraftArchive archive;

	private final Map<String, DraftExporter> exporters = new TreeMap<>();

	ExportController(DraftArchive archive, List<DraftExporter> exporters) {
		this.archive = archive;
		exporters.forEach(e -> this.exporters.put(e.extension(), e));
	}

	@GetMapping("/api/drafts/{draftId}/export")
	Mono<ResponseEntity<byte[]>> exportDraft(@PathVariable String draftId,
			@RequestParam(defaultValue = "docx") String format) {
		DraftExporter exporter = exporters.get(format.strip().toLowerCase(Locale.ROOT));
		if (exporter == null) {
			throw new InvalidRequestException(
					"'format' must be one of " + String.join(", ", exporters.keySet()) + "; not '" + format + "'");
		}
		Draft draft = archive.find(draftId).orElseThrow(() -> new DraftNotFoundException(draftId));
		String filename = "draft-" + draft.kind().id() + "-" + LocalDate.now(ZONE) + "." + exporter.extension();
		return Mono.fromCallable(() -> exporter.export(draft))
			.subscribeOn(Schedulers.boundedElastic())
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(exporter.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
				.body(bytes));
	}

}
