/**
 * Passage search. A Lucene index holds one entry per passage with a Korean field analysed by
 * Nori and an English field analysed by Lucene's English analysis, the language decided per
 * passage; queries are analysed the same way and scored by BM25 with the title boosted, and each
 * hit carries a highlighted excerpt. With a {@link io.draftwave.search.PassageEmbedder}
 * ({@code draftwave.embeddings.provider}), passages also get a dense vector in an HNSW field when
 * they are indexed, and the BM25 ranking is fused with the query vector's nearest neighbours by
 * reciprocal rank; the index records which model made its vectors and embeds every passage again
 * at start when the configured one differs. Lucene types stay inside this package: other capabilities
 * see {@link io.draftwave.search.Retriever} and {@link io.draftwave.search.PassageIndex}.
 */
@NullMarked
package io.draftwave.search;

import org.jspecify.annotations.NullMarked;
