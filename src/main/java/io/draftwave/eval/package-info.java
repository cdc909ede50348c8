/**
 * Retrieval evaluation and benchmarks: BEIR test collections, trec_eval/BEIR metrics,
 * scoring of index configurations side by side, and index/search speed measurement. Used
 * by the command-line tools in {@code io.draftwave.cli}; nothing here is needed at run
 * time.
 */
@NullMarked
package io.draftwave.eval;

import org.jspecify.annotations.NullMarked;
