/**
 * Documents and their ingestion. Files (uploads, the configured corpus folders) are
 * detected by format, parsed into blocks by one parser per format
 * ({@link io.draftwave.corpus.format}), normalised to NFC and cut by
 * {@link io.draftwave.corpus.Chunker} into passages on heading and sentence boundaries,
 * each with its offsets in the document text and its page or sheet. The originals are
 * kept content-addressed by SHA-256 and the document records in the relational store; the
 * search index is derived from them and can be rebuilt at any time. Blocking work on
 * these stores runs on {@link io.draftwave.corpus.StoreWork}'s threads, which a cancelled
 * request never interrupts, and an upload whose bytes have all arrived is finished even
 * when its client has gone ({@link io.draftwave.corpus.UploadStaging}).
 */
@NullMarked
package io.draftwave.corpus;

import org.jspecify.annotations.NullMarked;
