package io.draftwave.web;

import java.util.List;
import java.util.Set;

import io.draftwave.audit.AuditNotes;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.UnknownLanguageException;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.SearchHit;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.SourcePassage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Passage search and the passages behind citations. */
@RestController
class SearchController {

	private static final String SEARCH_EXAMPLE = """
			{"query": "주차장 예약 시스템 개편", "k": 5, "language": "ko"}""";

	private final PassageIndex index;

	SearchController(PassageIndex index) {
		this.index = index;
	}

	/**
	 * Body of {@code POST /api/search}.
	 *
	 * @param query the question or keywords
	 * @param k hits wanted, 1..100, default 10
	 * @param language {@code ko} or {@code en}; absent: decided from the query
	 * @param documentIds only search these documents
	 */
	record SearchRequest(@Nullable String query, @Nullable Integer k, @Nullable String language,
			@Nullable List<String> documentIds) {

		SearchQuery toQuery() {
			if (query == null || query.isBlank()) {
				throw new InvalidRequestException("'query' must not be empty");
			}
			int hits = k == null ? SearchQuery.DEFAULT_K : k;
			if (hits < 1 || hits > SearchQuery.MAX_K) {
				throw new InvalidRequestException("'k' must be between 1 and " + SearchQuery.MAX_K + ", not " + hits);
			}
			Language lang;
			try {
				lang = language == null || language.isBlank() ? null : Language.of(language);
			}
			catch (UnknownLanguageException ex) {
				throw InvalidRequestException.notOneOf("language", ex.value(), ex.allowed(), null);
			}
			return new SearchQuery(query.strip(), hits, lang, documentIds == null ? Set.of() : Set.copyOf(documentIds));
		}

	}

	record Hit(String sourceId, String documentId, String title, String excerpt, float score, @Nullable Integer page,
			int start, int end, String url) {

		static Hit of(SearchHit h) {
			return new Hit(h.sourceId(), h.documentId(), h.title(), h.excerpt(), h.score(), h.page(), h.start(),
					h.end(), Links.source(h.sourceId()));
		}

	}

	record SearchResponse(List<Hit> hits, long tookMs) {
	}

	record Source(String sourceId, String documentId, String title, String text, @Nullable String heading,
			@Nullable Integer page, @Nullable String sheet, int start, int end, String url) {

		static Source of(SourcePassage p) {
			return new Source(p.sourceId(), p.documentId(), p.title(), p.text(), p.heading(), p.page(), p.sheet(),
					p.start(), p.end(), Links.original(p.documentId()));
		}

	}

	@Operation(summary = "Search the indexed passages",
			description = "Language-aware BM25 over the city's documents; hits sorted by relevance, best first.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = SearchRequest.class),
							examples = @ExampleObject(value = SEARCH_EXAMPLE))))
	@PostMapping("/api/search")
	Mono<SearchResponse> search(@RequestBody SearchRequest request) {
		SearchQuery query = request.toQuery();
		return Mono.fromCallable(() -> {
			long started = System.nanoTime();
			List<Hit> hits = index.retrieve(query).stream().map(Hit::of).toList();
			return new SearchResponse(hits, (System.nanoTime() - started) / 1_000_000);
		})
			.subscribeOn(Schedulers.boundedElastic())
			.transformDeferredContextual((found, context) -> found.doOnNext(response -> AuditNotes.in(context)
				.ifPresent(notes -> notes.sources(response.hits().stream().map(Hit::sourceId).toList(), List.of()))));
	}

	@GetMapping("/api/sources/{sourceId}")
	Mono<Source> findSource(@PathVariable String sourceId) {
		return Mono.fromCallable(() -> index.findSource(sourceId))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(found -> Mono.justOrEmpty(found))
			.map(Source::of)
			.switchIfEmpty(Mono.error(() -> new SourceNotFoundException(sourceId)));
	}

}
