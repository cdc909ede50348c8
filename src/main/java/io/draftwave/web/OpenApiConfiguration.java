package io.draftwave.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The description served at {@code /v3/api-docs} and {@code /swagger-ui.html}:
 * {@code /api/**} and {@code /v1/**} (see {@code springdoc.paths-to-match}), with the two
 * ways of sending an API key.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Draftwave API",
		description = "Search the city's documents and draft texts that cite them. Without configured keys the API "
				+ "answers loopback clients only; otherwise send a key as a bearer token or in X-API-Key."),
		security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKey") })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = "X-API-Key")
class OpenApiConfiguration {

}
