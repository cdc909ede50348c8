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
 * before any of them is part of a result.
 * {@link io.draftwave.complaints.ComplaintGenerator} writes the fictional complaints of
 * 한빛광역시 with planted patterns and their ground truth, on which the analyses are measured.
 */
@NullMarked
package io.draftwave.complaints;

import org.jspecify.annotations.NullMarked;
