package io.draftwave.tables;

import java.util.Objects;

/**
 * A column of a typed table.
 *
 * @param name the header as shown, unit included ({@code 비율(%)}); two merged header rows
 * give {@code 상위 하위}
 * @param label the name without its unit ({@code 비율})
 * @param type the column's type
 * @param unit the unit taken from the header ({@code %}, {@code 일}, {@code 명}), or empty
 */
public record Column(String name, String label, ColumnType type, String unit) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(unit, "unit");
	}

}
