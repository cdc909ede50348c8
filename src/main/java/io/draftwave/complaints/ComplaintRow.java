package io.draftwave.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as results show it: its table row and values, its text with personal data
 * masked ({@code 연락처 [전화번호]}); the unmasked text never leaves the analyses.
 *
 * @param row the data row number, from 1
 * @param received the day it was received
 * @param field its field, or empty
 * @param district its district, or empty
 * @param place its place, or empty
 * @param department its department, or empty
 * @param handlingDays its handling days, or null when unknown or open
 * @param status its handling status, or empty
 * @param text the text, personal data masked
 */
public record ComplaintRow(int row, LocalDate received, String field, String district, String place, String department,
		@Nullable Integer handlingDays, String status, String text) {

	/** The {@code index}-th complaint of the terms, masked. */
	static ComplaintRow of(ComplaintTerms terms, int index) {
		Complaint c = terms.complaints().get(index);
		return new ComplaintRow(c.row(), c.received(), c.field(), c.district(), c.place(), c.department(),
				c.handlingDays(), c.status(), terms.masked().get(index));
	}

}
