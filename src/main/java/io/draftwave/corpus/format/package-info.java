/**
 * Reading files of each supported format into blocks.
 * {@link io.draftwave.corpus.format.FormatDetector} decides a file's format from its name
 * and checks it against the first bytes;
 * {@link io.draftwave.corpus.format.DocumentParsers} parses it with the one parser of
 * that format (HWP, HWPX, PDF, DOCX, XLSX, CSV, HTML, Markdown, text) into a
 * {@link io.draftwave.corpus.format.ParsedDocument}: headings, paragraphs and table rows
 * in reading order, not yet normalised, and, for HTML, DOCX, HWPX and HWP, the tables
 * inside the document laid out on their grids ({@link io.draftwave.corpus.DocumentTable},
 * merged cells expanded by {@code TableGrid}). Everything else here is internal to the
 * parsers.
 */
@NullMarked
package io.draftwave.corpus.format;

import org.jspecify.annotations.NullMarked;
