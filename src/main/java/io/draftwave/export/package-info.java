/**
 * Export of a finished {@link io.draftwave.drafting.Draft} as an office file an official
 * can edit: DOCX ({@link io.draftwave.export.DocxExporter}) and HWPX
 * ({@link io.draftwave.export.HwpxExporter}). The draft's text is first read into
 * headings, paragraphs and citation references ({@code ExportedDraft}); each writer then
 * lays that out with a title line, real headings and one footnote per citation holding
 * the source's title, a plain-text excerpt and its link.
 */
@NullMarked
package io.draftwave.export;

import org.jspecify.annotations.NullMarked;
