package io.draftwave.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review's settings.
 *
 * @param allowSelfApproval whether a reviewer may approve a draft their own key wrote;
 * false by default, so every approved draft was read by a second person
 */
@ConfigurationProperties("draftwave.review")
record ReviewProperties(@DefaultValue("false") boolean allowSelfApproval) {
}
