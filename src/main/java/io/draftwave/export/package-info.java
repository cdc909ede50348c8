/**
 * Export of a finished {@link io.draftwave.drafting.Draft} as an office file an official
 * can edit: DOCX ({@link io.draftwave.export.DocxExporter}) and HWPX
 * ({@link io.draftwave.export.HwpxExporter}). The draft's text is first read into
 * headings, paragraphs and citation references ({@code ExportedDraft}); each writer then
 * lays that out with a title line, real headings and one footnote per citation holding
 * the source's title, a plain-text excerpt and its link. A cited computed figure's
 * footnote says so, and its chart, drawn again from the kept analysis
 * ({@code ArchivedFigures}), follows its first marker's paragraph as a picture with a
 * caption and a source line ({@code ExportedFigures}).
 */
@NullMarked
package io.draftwave.export;

import org.jspecify.annotations.NullMarked;
