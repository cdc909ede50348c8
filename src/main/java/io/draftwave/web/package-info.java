/**
 * The HTTP API: search, sources and documents under {@code /api}, errors as RFC 9457
 * {@code application/problem+json}, every body built by {@code ProblemCatalogue} from the
 * {@link io.draftwave.web.ProblemType}s. Controllers translate between the wire records
 * of this package and the capabilities' own types; blocking work (Lucene, parsing) runs
 * on {@code Schedulers.boundedElastic()}, never on the event loop. The officials' widget
 * ({@code static/widget/draftwave-chat.js}, a hand-written web component) and its pages
 * ({@code /} and {@code /sources/{id}}) are served from here as they are, with no build
 * step; pages of other sites may embed it when their origin is in
 * {@code draftwave.web.allowed-origins}. Nothing but {@code web.openai} depends on this
 * package.
 */
@NullMarked
package io.draftwave.web;

import org.jspecify.annotations.NullMarked;
