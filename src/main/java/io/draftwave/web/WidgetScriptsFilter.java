package io.draftwave.web;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets any page load the widget's scripts. The widget is a set of ES modules, and
 * browsers fetch a module in CORS mode, so a page of another site that includes
 * {@code /widget/draftwave-chat.js} can only import the modules beside it
 * ({@code /widget/**}, {@code /common/**}) when they are answered with
 * {@code Access-Control-Allow-Origin}. They are public files read without credentials;
 * which pages may use the API stays with {@link CrossOriginFilter}, and a refused page
 * still gets the widget, which then says why it cannot draft there.
 */
@Component
class WidgetScriptsFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpMethod method = exchange.getRequest().getMethod();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
				&& (path.startsWith("/widget/") || path.startsWith("/common/"))) {
			exchange.getResponse().getHeaders().setAccessControlAllowOrigin("*");
		}
		return chain.filter(exchange);
	}

}
