package io.draftwave.web.openai;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/models}: one model per draft kind, owned by {@code draftwave}. */
@RestController
class ModelController {

	/**
	 * The models exist since the service started; OpenAI's {@code created} is in epoch
	 * seconds.
	 */
	private final long created = Instant.now().getEpochSecond();

	record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
	}

	record ModelList(String object, List<Model> data) {
	}

	@GetMapping(path = "/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ModelList> listModels() {
		return Mono.just(new ModelList("list",
				DraftModels.names().stream().map(id -> new Model(id, "model", created, "draftwave")).toList()));
	}

}
