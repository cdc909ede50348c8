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
 * The review pages: {@code /admin/drafts} lists the drafts in review and
 * {@code /admin/drafts/{id}} shows one draft with its request, sources, feedback, review
 * history and diff; both are static files under {@code static/admin/} that call the API
 * with the key the reviewer gives them.
 */
@Configuration(proxyBeanMethods = false)
class AdminPages {

	private static final Resource LIST = new ClassPathResource("static/admin/drafts.html");

	private static final Resource DRAFT = new ClassPathResource("static/admin/draft.html");

	@Bean
	RouterFunction<ServerResponse> adminPagesRoutes() {
		return RouterFunctions.route()
			.GET("/admin/drafts/", request -> ServerResponse.permanentRedirect(URI.create("/admin/drafts")).build())
			.GET("/admin/drafts", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(LIST))
			.GET("/admin/drafts/{draftId}",
					request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(DRAFT))
			.build();
	}

}
