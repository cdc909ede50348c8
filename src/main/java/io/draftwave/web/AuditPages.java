package io.draftwave.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The administrators' audit page, {@code /admin/audit}: a static page whose module
 * ({@code /admin/audit.js}) asks {@code /api/audit}, so the page itself holds nothing and
 * the API decides who may read (the admin role).
 */
@Configuration(proxyBeanMethods = false)
class AuditPages {

	private static final Resource AUDIT_PAGE = new ClassPathResource("static/admin/audit.html");

	@Bean
	RouterFunction<ServerResponse> auditPageRoutes() {
		return RouterFunctions.route()
			.GET("/admin/audit", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(AUDIT_PAGE))
			.build();
	}

}
