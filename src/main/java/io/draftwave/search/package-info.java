/**
 * Passage search. A Lucene index holds one entry per passage with a Korean field analysed
 * by Nori (optionally with a user dictionary of public-administration terms) and a second
 * Korean field of Hangul bigrams, or an English field analysed by Lucene's English
 * analysis, the language decided per passage; queries are analysed the same way (Korean
 * ones also as bigrams and as pairs of neighbouring words) and scored by BM25 (with
 * parameters of their own on the Korean fields) with the title boosted, and each hit
 * carries a highlighted excerpt. Each index commit records the analysis it was built
 * with, so that a change of analysis is noticed and the index rebuilt from the originals.
 * With a {@link io.draftwave.search.PassageEmbedder}
 * ({@code draftwave.embeddings.provider}), passages also get a dense vector in an HNSW
 * field when they are indexed, and the BM25 ranking is fused with the query vector's
 * nearest neighbours by reciprocal rank; the index records which model made its vectors
 * and embeds every passage again at start when the configured one differs. Inside,
 * {@code LuceneIndex} opens, writes and closes; {@code PassageFields} maps a passage to
 * its Lucene document, {@code PassageRanking} orders the hits, {@code PassageVectors}
 * embeds and keeps the embedder's record, {@code CommitRecord} keeps what the commits
 * record, and {@code LucenePassageReader} serves the reads. Lucene types stay inside this
 * package: other capabilities see {@link io.draftwave.search.Retriever},
 * {@link io.draftwave.search.PassageReader} (read-only: a cited passage and its
 * neighbours, term statistics, a search whose caller keeps the hits it wants) and
 * {@link io.draftwave.search.PassageIndex}.
 */
@NullMarked
package io.draftwave.search;

import org.jspecify.annotations.NullMarked;
