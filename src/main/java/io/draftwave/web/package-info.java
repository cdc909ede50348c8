/**
 * The HTTP API: search, sources and documents under {@code /api}, errors as RFC 9457
 * {@code application/problem+json}. Controllers translate between the wire records of this
 * package and the capabilities' own types; blocking work (Lucene, parsing) runs on
 * {@code Schedulers.boundedElastic()}, never on the event loop. Nothing else depends on this package.
 */
@NullMarked
package io.draftwave.web;

import org.jspecify.annotations.NullMarked;
