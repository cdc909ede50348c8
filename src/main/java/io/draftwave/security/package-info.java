/**
 * Protection of the city's data. {@link io.draftwave.security.KoreanPiiMasker} replaces
 * Korean personal data (registration, phone, card, account and passport numbers, e-mail
 * addresses) with typed placeholders before any text leaves the process.
 * {@link io.draftwave.security.ApiKeys} holds the configured API keys as SHA-256 hashes
 * with their {@link io.draftwave.security.Role}s, and
 * {@link io.draftwave.security.RateLimiter} gives each key a per-minute token bucket; the
 * web layer applies them to requests. This package depends on no other capability and
 * knows nothing of HTTP.
 */
@NullMarked
package io.draftwave.security;

import org.jspecify.annotations.NullMarked;
