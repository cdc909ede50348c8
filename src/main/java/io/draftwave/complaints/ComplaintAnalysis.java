package io.draftwave.complaints;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analyses of a complaint table, each with the parameters it takes. A parameter's
 * value is checked against its range (or its choices) by {@link ComplaintQuery}.
 * <ul>
 * <li>{@code topics}: the key terms of each period and field (TF-IDF over the Nori nouns
 * against the other periods and fields), with example complaints;</li>
 * <li>{@code emerging}: the nouns whose share grew most in the last quarter, guarded by a
 * minimum count and a z-score;</li>
 * <li>{@code repeats}: near-duplicate complaints and the rule "same place and field, N
 * within D days";</li>
 * <li>{@code hotspots}: the places with the most complaints per field in the period,
 * against the period of equal length before;</li>
 * <li>{@code handling}: the handling days per field and department, and the
 * outliers.</li>
 * </ul>
 */
public enum ComplaintAnalysis {

	/** Key terms per period and field. */
	TOPICS(List.of(ComplaintParameter.choice("period", "quarter", List.of("quarter", "year")),
			ComplaintParameter.whole("terms", 5, 1, 30), ComplaintParameter.whole("examples", 3, 0, 3))),

	/** Nouns whose share grew most in the last quarter. */
	EMERGING(List.of(ComplaintParameter.whole("minCount", EmergingIssues.Settings.DEFAULT.minCount(), 1, 100_000),
			ComplaintParameter.decimal("minZ", EmergingIssues.Settings.DEFAULT.minZ(), 0, 50),
			ComplaintParameter.decimal("minGrowth", EmergingIssues.Settings.DEFAULT.minGrowth(), 1, 1000),
			ComplaintParameter.whole("terms", 10, 1, 50))),

	/** Repeat complaints: near-duplicates and "N within D days" at one place. */
	REPEATS(List.of(ComplaintParameter.whole("count", RepeatComplaints.Settings.DEFAULT.placeCount(), 2, 1000),
			ComplaintParameter.whole("days", RepeatComplaints.Settings.DEFAULT.placeDays(), 1, 366),
			ComplaintParameter.decimal("similarity", RepeatComplaints.Settings.DEFAULT.similarity(), 0.1, 1),
			ComplaintParameter.whole("textDays", RepeatComplaints.Settings.DEFAULT.textDays(), 0, 366),
			ComplaintParameter.whole("minComplaints", RepeatComplaints.Settings.DEFAULT.minComplaints(), 2, 1000),
			ComplaintParameter.whole("clusters", 50, 1, 500))),

	/** Places with the most complaints per field, and their change. */
	HOTSPOTS(List.of(ComplaintParameter.whole("places", 5, 1, 50), ComplaintParameter.whole("months", 3, 1, 60))),

	/** Handling days per field and department, and their outliers. */
	HANDLING(List.of(ComplaintParameter.decimal("factor", 3, 0.5, 20),
			ComplaintParameter.whole("outliers", 100, 0, 1000)));

	private final List<ComplaintParameter> parameters;

	ComplaintAnalysis(List<ComplaintParameter> parameters) {
		this.parameters = List.copyOf(parameters);
	}

	/** The analysis's name as the API writes it: {@code topics}, {@code repeats}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The parameters it takes, with their defaults and ranges. */
	public List<ComplaintParameter> parameters() {
		return parameters;
	}

	/** The parameter with this name, if the analysis takes one. */
	public Optional<ComplaintParameter> parameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** Every analysis's {@link #wireName()}, in declaration order. */
	public static List<String> names() {
		return Arrays.stream(values()).map(ComplaintAnalysis::wireName).toList();
	}

	/**
	 * The analysis of this name, case and surrounding blanks ignored.
	 * @throws ComplaintQueryException naming the allowed names when none has it
	 */
	public static ComplaintAnalysis of(String name) {
		String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(a -> a.wireName().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new ComplaintQueryException("analysis", String.valueOf(name), names()));
	}

}
