package io.draftwave.web;

import java.util.List;

import io.draftwave.search.PassageReader;
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
 * A cited passage among its neighbours: the page {@code /sources/{sourceId}} that the
 * widget's citations link to, and the data it shows, {@code GET
 * /api/sources/{sourceId}/context}. The document's text is kept only as its passages, so
 * the neighbourhood is the passages of the document whose ordinals are near the cited
 * one's, read in one look-up ({@link PassageReader#neighbours}).
 */
@RestController
class PassageController {

	/** Passages shown on each side of the cited one when the request does not say. */
	static final int DEFAULT_AROUND = 2;

	/** Most passages on each side a request may ask for. */
	static final int MAX_AROUND = 10;

	private static final Resource PAGE = new ClassPathResource("static/sources.html");

	private final PassageReader passages;

	PassageController(PassageReader passages) {
		this.passages = passages;
	}

	/**
	 * One passage of the neighbourhood.
	 *
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
	 * The cited passage with up to {@code around} passages before and after it, in
	 * document order.
	 *
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
		return Mono.fromCallable(() -> passages.neighbours(sourceId, around))
			.subscribeOn(Schedulers.boundedElastic())
			.filter(neighbours -> !neighbours.isEmpty())
			.switchIfEmpty(Mono.error(() -> new SourceNotFoundException(sourceId)))
			.map(neighbours -> context(sourceId, neighbours));
	}

	private static SourceContext context(String sourceId, List<SourcePassage> neighbours) {
		SourcePassage cited = neighbours.stream()
			.filter(p -> p.sourceId().equals(sourceId))
			.findFirst()
			.orElseThrow(() -> new SourceNotFoundException(sourceId));
		List<ContextPassage> passages = neighbours.stream().map(p -> ContextPassage.of(p, p == cited)).toList();
		return new SourceContext(cited.sourceId(), cited.documentId(), cited.title(),
				Links.original(cited.documentId()), passages);
	}

}
