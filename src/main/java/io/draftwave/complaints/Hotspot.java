package io.draftwave.complaints;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A place with many complaints of one field in a period, against the period of equal
 * length just before.
 *
 * @param field the field, or empty when the table has none
 * @param district the district, or empty
 * @param place the place ({@code 새봄로 112}), or the district when the table has no place
 * @param count its complaints of the field in the period
 * @param previousCount its complaints of the field in the period before
 * @param change {@code count - previousCount}
 * @param changePercent the change in percent of the earlier count, one decimal, or null
 * when the earlier count is 0
 * @param rows the data row numbers of its complaints in the period, ascending
 */
public record Hotspot(String field, String district, String place, int count, int previousCount, int change,
		@Nullable Double changePercent, List<Integer> rows) {

	public Hotspot {
		rows = List.copyOf(rows);
	}

	/** The district and place: {@code 누리구 새봄로 112}. */
	public String where() {
		return district.isEmpty() || district.equals(place) ? place : district + " " + place;
	}

}
