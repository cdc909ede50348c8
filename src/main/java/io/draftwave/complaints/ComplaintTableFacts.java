package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.draftwave.complaints.ComplaintTable.Role;
import org.jspecify.annotations.Nullable;

/**
 * A recognised complaint table with what a page needs for its filters.
 *
 * @param tableId the table's id
 * @param documentId its document
 * @param title its title
 * @param rows its data rows, totals included; rows without a received day or a text are
 * left out of the analyses
 * @param columns the column of each role found, in role order
 * @param fields its fields, in Korean order
 * @param districts its districts, in Korean order
 * @param departments its departments, in Korean order
 * @param from the first received day, or null when it holds no complaint
 * @param to the last received day, or null
 */
public record ComplaintTableFacts(String tableId, String documentId, String title, long rows, Map<Role, String> columns,
		List<String> fields, List<String> districts, List<String> departments, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public ComplaintTableFacts {
		Map<Role, String> ordered = new java.util.EnumMap<>(Role.class);
		ordered.putAll(columns);
		columns = java.util.Collections.unmodifiableMap(ordered);
		fields = List.copyOf(fields);
		districts = List.copyOf(districts);
		departments = List.copyOf(departments);
	}

}
