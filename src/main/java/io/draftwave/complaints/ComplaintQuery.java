package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * What to analyse: one analysis of one complaint table, on the complaints that meet the
 * filters, with every parameter of the analysis set (the defaults filling what was not
 * given). Build it with {@link #of}, which checks every value; e.g. the topics of 2025's
 * road complaints in 누리구, three terms per group:
 * {@code ComplaintQuery.of("t1", "topics", "2025-01-01", "2025-12-31", "도로·교통", "누리구", "ko", Map.of("terms", 3))}.
 *
 * @param tableId the complaint table
 * @param analysis the analysis
 * @param from the first received day taken, or null for no lower bound
 * @param to the last received day taken, or null for no upper bound
 * @param field only complaints of this field, or null for all
 * @param district only complaints of this district, or null for all
 * @param korean whether statements and descriptions are in Korean (else English)
 * @param parameters every parameter of the analysis by name, checked, as text
 */
public record ComplaintQuery(String tableId, ComplaintAnalysis analysis, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable String field, @Nullable String district, boolean korean,
		Map<String, String> parameters) {

	public ComplaintQuery {
		Objects.requireNonNull(tableId, "tableId");
		Objects.requireNonNull(analysis, "analysis");
		parameters = Map.copyOf(parameters);
	}

	/**
	 * A checked query.
	 * @param analysis {@code topics}, {@code emerging}, {@code repeats}, {@code hotspots}
	 * or {@code handling}
	 * @param from the first received day ({@code 2025-01-01}), blank or null for none
	 * @param to the last received day, blank or null for none
	 * @param field a field, blank or null for all
	 * @param district a district, blank or null for all
	 * @param language {@code ko} or {@code en}, null for Korean
	 * @param given the parameters given, by name; values as numbers or text
	 * @throws ComplaintQueryException naming the first value not allowed: an unknown
	 * analysis or parameter, a number out of range, a date that does not parse, a
	 * {@code from} after {@code to}, a language other than ko and en
	 */
	public static ComplaintQuery of(String tableId, String analysis, @Nullable String from, @Nullable String to,
			@Nullable String field, @Nullable String district, @Nullable String language, Map<String, ?> given) {
		if (tableId == null || tableId.isBlank()) {
			throw new ComplaintQueryException("tableId", "'tableId' must name a complaint table");
		}
		ComplaintAnalysis kind = ComplaintAnalysis.of(analysis);
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		if (first != null && last != null && first.isAfter(last)) {
			throw new ComplaintQueryException("from", "'from' (" + first + ") must not be after 'to' (" + last + ")");
		}
		String lang = language == null || language.isBlank() ? "ko" : language.strip();
		if (!lang.equals("ko") && !lang.equals("en")) {
			throw new ComplaintQueryException("language", lang, List.of("ko", "en"));
		}
		for (String name : given.keySet()) {
			if (kind.parameter(name).isEmpty()) {
				throw new ComplaintQueryException(name, "'" + name + "' is no parameter of " + kind.wireName()
						+ "; it takes " + String.join(", ", kind.parameters().stream().map(p -> p.name()).toList()));
			}
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (ComplaintParameter parameter : kind.parameters()) {
			Object value = given.get(parameter.name());
			parameters.put(parameter.name(), value == null ? parameter.defaultValue() : parameter.check(value));
		}
		return new ComplaintQuery(tableId.strip(), kind, first, last, blankAsNull(field), blankAsNull(district),
				lang.equals("ko"), parameters);
	}

	/** A whole-number parameter. */
	int whole(String name) {
		return (int) Double.parseDouble(text(name));
	}

	/** A decimal parameter. */
	double decimal(String name) {
		return Double.parseDouble(text(name));
	}

	/** A parameter as text. */
	String text(String name) {
		String value = parameters.get(name);
		if (value == null) {
			throw new IllegalArgumentException(analysis.wireName() + " has no parameter " + name);
		}
		return value;
	}

	/** Whether a complaint meets the filters. */
	Predicate<Complaint> filter() {
		return c -> (from == null || !c.received().isBefore(from)) && (to == null || !c.received().isAfter(to))
				&& (field == null || c.field().equals(field)) && (district == null || c.district().equals(district));
	}

	/** The same query without its received-day bounds (hotspots compare periods). */
	Predicate<Complaint> placeFilter() {
		return c -> (field == null || c.field().equals(field)) && (district == null || c.district().equals(district));
	}

	private static @Nullable LocalDate day(String name, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ComplaintQueryException(name,
					"'" + name + "' must be a day written as YYYY-MM-DD; not '" + text.strip() + "'");
		}
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
