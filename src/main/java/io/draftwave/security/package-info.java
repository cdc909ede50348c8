/**
 * Protection of the city's data. {@link io.draftwave.security.KoreanPiiMasker} replaces Korean
 * personal data (registration, phone, card, account and passport numbers, e-mail addresses) with
 * typed placeholders before any text leaves the process. This package depends on no other
 * capability.
 */
@NullMarked
package io.draftwave.security;

import org.jspecify.annotations.NullMarked;
