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
 * The officials' data page lives under {@code /data/} as static files, as the lab's pages
 * do (see {@link LabPages}): {@code /data/} answers the page, with its query
 * ({@code ?analysis=<id>}, {@code ?table=<id>}) read by the page itself, and
 * {@code /data} redirects there so relative links resolve inside the folder. The
 * complaint analysis page answers at {@code /data/complaints} (its query,
 * {@code ?table=<id>&tab=repeats&district=누리구}, read by the page too).
 */
@Configuration(proxyBeanMethods = false)
class DataPages {

	private static final Resource DATA_PAGE = new ClassPathResource("static/data/index.html");

	private static final Resource COMPLAINTS_PAGE = new ClassPathResource("static/data/complaints.html");

	@Bean
	RouterFunction<ServerResponse> dataPagesRoutes() {
		return RouterFunctions.route()
			.GET("/data", request -> ServerResponse.permanentRedirect(URI.create("/data/")).build())
			.GET("/data/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(DATA_PAGE))
			.GET("/data/complaints",
					request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(COMPLAINTS_PAGE))
			.build();
	}

}
