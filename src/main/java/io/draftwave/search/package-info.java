/**
 * Passage search. A Lucene index holds one entry per passage with a Korean field analysed by
 * Nori and an English field analysed by Lucene's English analysis, the language decided per
 * passage; queries are analysed the same way and scored by BM25 with the title boosted, and each
 * hit carries a highlighted excerpt. Lucene types stay inside this package: other capabilities
 * see {@link io.draftwave.search.Retriever} and {@link io.draftwave.search.PassageIndex}.
 */
@NullMarked
package io.draftwave.search;

import org.jspecify.annotations.NullMarked;
