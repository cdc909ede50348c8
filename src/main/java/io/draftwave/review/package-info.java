/**
 * Drafts kept, reviewed and rated. Every finished draft is stored with the key that wrote
 * it ({@link io.draftwave.review.DraftStore}): its request, numbered sources, model and
 * text, so it can be read, exported and checked again after a restart. An owner submits a
 * draft for review; a reviewer edits its text (each edit is a new
 * {@link io.draftwave.review.DraftVersion}, checked again by the citation checker),
 * comments, approves or returns it ({@link io.draftwave.review.Review}, states in
 * {@link io.draftwave.review.ReviewState}); two versions are compared word by word
 * ({@link io.draftwave.review.WordDiff}). Officials rate drafts 👍/👎 with a reason
 * ({@link io.draftwave.review.FeedbackStore}), summed up by kind, template and cited
 * document. Who may see what is decided in one place,
 * {@link io.draftwave.review.DraftAccess}: the owner, reviewers once a draft is
 * submitted, administrators always; anyone else is told the draft does not exist.
 */
@NullMarked
package io.draftwave.review;

import org.jspecify.annotations.NullMarked;
