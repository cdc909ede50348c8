package io.draftwave.web;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The prompt lab's pages live under {@code /lab/} as static files; this gives the folder
 * address its page, which static resource handling does not do below the root:
 * {@code /lab/} answers the exercise list and {@code /lab} redirects there, so relative
 * links resolve inside the folder.
 */
@Configuration(proxyBeanMethods = false)
class LabPages {

	private static final Resource EXERCISE_LIST = new ClassPathResource("static/lab/index.html");

	@Bean
	RouterFunction<ServerResponse> labPagesRoutes() {
		return RouterFunctions.route()
			.GET("/lab", request -> ServerResponse.permanentRedirect(URI.create("/lab/")).build())
			.GET("/lab/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(EXERCISE_LIST))
			.build();
	}

}
