/**
 * Grounded drafting. A {@link io.draftwave.drafting.DraftRequest} is answered by
 * retrieving the passages behind it and numbering them [1]..[n]
 * ({@link io.draftwave.drafting.NumberedSource}) — after the figure a table computes for
 * it, when it asks for one ({@link io.draftwave.drafting.FigureLookup}), which is [1] —
 * rendering the kind's prompt template, letting a {@link io.draftwave.drafting.Drafter}
 * write the text (a language model, or the offline extractive drafter), and checking
 * every citation marker and sentence against the sources before the
 * {@link io.draftwave.drafting.Draft} is shown.
 */
@NullMarked
package io.draftwave.drafting;

import org.jspecify.annotations.NullMarked;
