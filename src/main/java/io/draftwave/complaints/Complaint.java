package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One complaint as the analyses read it: a row of a complaint table, its values taken
 * from the columns {@link ComplaintTable} found. A value whose column the table lacks (or
 * whose cell is empty) is the empty text or null.
 *
 * @param row the data row number, from 1, as in {@code Tables.rows}
 * @param received the day it was received
 * @param field its field ({@code 분야}), or empty
 * @param district its district ({@code 자치구}), or empty
 * @param place where it is about, or empty
 * @param department the department that handled it, or empty
 * @param handlingDays how many days handling took, or null when unknown or still open
 * @param status its handling status ({@code 처리완료}, {@code 처리중}), or empty
 * @param text the complaint as written, personal data included: analyses mask it before
 * showing any of it
 */
public record Complaint(int row, LocalDate received, String field, String district, String place, String department,
		@Nullable Integer handlingDays, String status, String text) {

	public Complaint {
		Objects.requireNonNull(received, "received");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(text, "text");
	}

	/** The place with its district, the key of "same place": {@code 누리구 누리로 45}. */
	String where() {
		return district.isEmpty() ? place : district + " " + place;
	}

}
