package io.draftwave.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.draftwave.search.PassageIndex;
import io.draftwave.search.SourcePassage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cited passage among its neighbours: the page {@code /sources/{sourceId}} that the widget's
 * citations link to, and the data it shows, {@code GET /api/sources/{sourceId}/context}. The
 * document's text is kept only as its passages, so the neighbourhood is read passage by passage
 * from the index, by ordinal (a source id is {@code <documentId>-<ordinal>}).
 */
@RestController
class PassageController {

	/** Passages shown on each side of the cited one when the request does not say. */
	static final int DEFAULT_AROUND = 2;

	/** Most passages on each side a request may ask for. */
	static final int MAX_AROUND = 10;

	private static final Resource PAGE = new ClassPathResource("static/sources.html");

	private final PassageIndex index;

	PassageController(PassageIndex index) {
		this.index = index;
	}

	/**
	 * One passage of the neighbourhood.
	 * @param cited true for the passage the request named
	 */
	record ContextPassage(String sourceId, String text, @Nullable String heading, @Nullable Integer page,
			@Nullable String sheet, int start, int end, boolean cited) {

		static ContextPassage of(SourcePassage p, boolean cited) {
			return new ContextPassage(p.sourceId(), p.text(), p.heading(), p.page(), p.sheet(), p.start(), p.end(),
					cited);
		}

	}

	/**
	 * The cited passage with up to {@code around} passages before and after it, in document order.
	 * @param original link to the document's original file
	 */
	record SourceContext(String sourceId, String documentId, String title, String original,
			List<ContextPassage> passages) {
	}

	@GetMapping(path = "/sources/{sourceId}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> showPassage(@PathVariable String sourceId) {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
	}

	@GetMapping("/api/sources/{sourceId}/context")
	Mono<SourceContext> findContext(@PathVariable String sourceId,
			@RequestParam(defaultValue = "" + DEFAULT_AROUND) int around) {
		if (around < 0 || around > MAX_AROUND) {
			throw new InvalidRequestException("'around' must be between 0 and " + MAX_AROUND + ", not " + around);
		}
		return Mono.fromCallable(() -> index.findSource(sourceId))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(Mono::justOrEmpty)
			.switchIfEmpty(Mono.error(() -> new SourceNotFoundException(sourceId)))
			.flatMap(cited -> Mono.fromCallable(() -> context(cited, around)).subscribeOn(Schedulers.boundedElastic()));
	}

	private SourceContext context(SourcePassage cited, int around) {
		List<ContextPassage> passages = new ArrayList<>();
		int ordinal = cited.ordinal();
		if (ordinal >= 0) {
			for (int o = Math.max(0, ordinal - around); o < ordinal; o++) {
				neighbour(cited.documentId(), o).ifPresent(p -> passages.add(ContextPassage.of(p, false)));
			}
		}
		passages.add(ContextPassage.of(cited, true));
		if (ordinal >= 0) {
			for (int o = ordinal + 1; o <= ordinal + around; o++) {
				Optional<SourcePassage> next = neighbour(cited.documentId(), o);
				if (next.isEmpty()) {
					break;
				}
				passages.add(ContextPassage.of(next.get(), false));
			}
		}
		return new SourceContext(cited.sourceId(), cited.documentId(), cited.title(), Links.original(cited.documentId()),
				passages);
	}

	private Optional<SourcePassage> neighbour(String documentId, int ordinal) {
		return index.findSource(SourcePassage.sourceId(documentId, ordinal))
			.filter(p -> p.documentId().equals(documentId));
	}

}
