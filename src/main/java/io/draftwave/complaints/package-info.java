/**
 * Civil-complaint analysis: topics, emerging issues, repeat complaints, hotspots and
 * handling times from a table of complaint texts, each result ready to cite. Pipeline:
 * {@link io.draftwave.complaints.ComplaintTable} recognises a complaint table among the
 * typed tables (a column of long free texts and a date column, and what it finds of
 * field, district, place, department, handling days and status, by Korean and English
 * names and by content) and reads its rows as {@link io.draftwave.complaints.Complaint}s;
 * {@code ComplaintTerms} takes the Nori nouns of every text once, boilerplate such as 민원,
 * 요청 and 문의 left out; {@code RepeatComplaints} links near-duplicate texts of one field
 * (MinHash over noun pairs, then their exact Jaccard) and complaints at the same place in
 * the same field, N within D days, into clusters; {@code EmergingIssues} compares each
 * noun's share of a quarter with the quarter before and the same quarter a year before,
 * with a minimum count and a two-proportion z-score, so that neither tiny counts nor
 * seasons lead. Texts are masked with {@link io.draftwave.security.KoreanPiiMasker}
 * before any of them is part of a result. {@code Topics} ranks each period's and field's
 * nouns (TF-IDF over the periods' fields; a period's own terms against its mean share),
 * {@code Hotspots} counts complaints per place and field in a period against the period
 * of equal length before, {@code HandlingTimes} gives the handling days' distribution per
 * field and department with the outliers above Q3 + k·IQR.
 * {@link io.draftwave.complaints.ComplaintGenerator} writes the fictional complaints of
 * 한빛광역시 with planted patterns and their ground truth, on which the analyses are measured.
 *
 * <p>
 * Public API: {@link io.draftwave.complaints.ComplaintAnalyses} ({@code list()} → the
 * complaint tables with their filter values; {@code analyse(query)} →
 * {@link io.draftwave.complaints.ComplaintFindings}), queried with
 * {@link io.draftwave.complaints.ComplaintQuery#of} (analysis {@code topics},
 * {@code emerging}, {@code repeats}, {@code hotspots} or {@code handling}; filters from,
 * to, field, district; each analysis's parameters, see
 * {@link io.draftwave.complaints.ComplaintAnalysis}), refusing bad values with
 * {@link io.draftwave.complaints.ComplaintQueryException} and tables it cannot analyse
 * with {@link io.draftwave.complaints.ComplaintTableException}. Every figure is an
 * {@link io.draftwave.tables.Analysis} whose plan is a
 * {@link io.draftwave.tables.Plan.Computed} ({@code complaints.<analysis>}), so it is
 * kept, cited, drawn and exported as table figures are; the details
 * ({@link io.draftwave.complaints.ComplaintDetails}) hold what a page lists: topics with
 * examples, emerging nouns with their quarterly shares, clusters with their complaints,
 * hotspots with their change, handling summaries with their outliers. The texts are read,
 * masked and analysed into nouns once per table and row count, then kept for the tables
 * used last.
 */
@NullMarked
package io.draftwave.complaints;

import org.jspecify.annotations.NullMarked;
