package io.draftwave.lab;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one check item: one type key, an optional description, options of the type.
 */
final class CheckReading {

	/** The check types an exercise may use. */
	static final Set<String> TYPES = Set.of("contains", "not-contains", "regex", "sections", "language", "length",
			"citations", "supported", "cites", "no-personal-data", "latency");

	private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");

	private final ExerciseParser.Reading reading;

	private final @Nullable DraftKind kind;

	CheckReading(ExerciseParser.Reading reading, @Nullable DraftKind kind) {
		this.reading = reading;
		this.kind = kind;
	}

	List<Check> read(MappingNode item) {
		Set<String> known = new HashSet<>(TYPES);
		known.add("description");
		known.add("all");
		Map<String, Node> f = reading.fields(item, known, "check ");
		List<String> types = f.keySet().stream().filter(TYPES::contains).toList();
		if (types.size() != 1) {
			reading.problem(item,
					types.isEmpty()
							? "a check needs a type, e.g. 'contains: \"847명\"'; known types: "
									+ String.join(", ", TYPES.stream().sorted().toList())
							: "one check per item, not " + String.join(" and ", types) + "; start each with '- '");
			return List.of();
		}
		String type = types.getFirst();
		if (f.containsKey("all") && !type.equals("cites")) {
			reading.problem(f.get("all"), "'all' belongs to 'cites' only");
		}
		List<Check> checks = of(type, f.get(type), f.get("all"));
		Node description = f.get("description");
		if (description == null) {
			return checks;
		}
		String text = reading.scalar(description, "description");
		return text == null || text.isBlank() ? checks
				: checks.stream().map(c -> (Check) new Check.Described(c, text.strip())).toList();
	}

	private List<Check> of(String type, Node value, @Nullable Node all) {
		return switch (type) {
			case "contains" ->
				reading.strings(value, type).stream().map(t -> (Check) new TextChecks.Contains(t)).toList();
			case "not-contains" ->
				reading.strings(value, type).stream().map(t -> (Check) new TextChecks.NotContains(t)).toList();
			case "regex" -> regex(value);
			case "sections" -> flag(value, type) && kind != null ? List.of(new TextChecks.Sections(kind)) : List.of();
			case "language" -> language(value);
			case "length" -> length(value);
			case "citations" -> flag(value, type) ? List.of(new SourceChecks.CitationsValid()) : List.of();
			case "supported" -> supported(value);
			case "cites" -> cites(value, all);
			case "no-personal-data" -> flag(value, type) ? List.of(new SourceChecks.NoPersonalData()) : List.of();
			case "latency" -> latency(value);
			default -> throw new IllegalStateException(type);
		};
	}

	private boolean flag(Node value, String type) {
		String v = reading.scalar(value, type);
		if (v != null && !v.strip().equalsIgnoreCase("true") && !v.strip().equalsIgnoreCase("yes")) {
			reading.problem(value, "'" + type + "' takes 'true'; leave the check out instead of '" + v + "'");
			return false;
		}
		return v != null;
	}

	private List<Check> regex(Node value) {
		String v = reading.scalar(value, "regex");
		if (v == null) {
			return List.of();
		}
		try {
			return List.of(new TextChecks.Matches(Pattern.compile(v)));
		}
		catch (PatternSyntaxException ex) {
			reading.problem(value, "'regex' is not a valid regular expression: " + ex.getDescription()
					+ " near position " + ex.getIndex());
			return List.of();
		}
	}

	private List<Check> language(Node value) {
		String v = reading.scalar(value, "language");
		try {
			return v == null ? List.of() : List.of(new TextChecks.InLanguage(Language.of(v)));
		}
		catch (IllegalArgumentException ex) {
			reading.problem(value, ex.getMessage());
			return List.of();
		}
	}

	private List<Check> length(Node value) {
		if (!(value instanceof MappingNode m)) {
			reading.problem(value, "'length' takes bounds, e.g. '{min: 200, max: 1500}'");
			return List.of();
		}
		Map<String, Node> f = reading.fields(m, Set.of("min", "max"), "length ");
		int min = f.containsKey("min") ? count(f.get("min"), "min") : 0;
		int max = f.containsKey("max") ? count(f.get("max"), "max") : Integer.MAX_VALUE;
		if (f.isEmpty() || min > max) {
			reading.problem(value, f.isEmpty() ? "'length' needs 'min', 'max' or both"
					: "'length' has min " + min + " above max " + max);
			return List.of();
		}
		return List.of(new TextChecks.Length(min, max));
	}

	private int count(Node node, String key) {
		String v = reading.scalar(node, key);
		if (v == null || !v.strip().matches("\\d{1,7}")) {
			reading.problem(node, "'" + key + "' must be a whole number of characters, not '" + v + "'");
			return 0;
		}
		return Integer.parseInt(v.strip());
	}

	private List<Check> supported(Node value) {
		String v = reading.scalar(value, "supported");
		if (v == null) {
			return List.of();
		}
		String s = v.strip();
		try {
			double share = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1).strip()) / 100
					: Double.parseDouble(s);
			if (share < 0 || share > 1) {
				throw new NumberFormatException();
			}
			return List.of(new SourceChecks.Supported(share));
		}
		catch (NumberFormatException ex) {
			reading.problem(value, "'supported' is a share from 0 to 1 (or 0% to 100%), not '" + s + "'");
			return List.of();
		}
	}

	private List<Check> cites(Node value, @Nullable Node all) {
		List<String> documents = reading.strings(value, "cites");
		if (documents.isEmpty()) {
			reading.problem(value, "'cites' names the documents to cite, by file name, title or id");
			return List.of();
		}
		boolean every = all != null && "true".equalsIgnoreCase(String.valueOf(reading.scalar(all, "all")).strip());
		return List.of(new SourceChecks.Cites(documents, every));
	}

	private List<Check> latency(Node value) {
		String v = reading.scalar(value, "latency");
		Matcher m = v == null ? null : DURATION.matcher(v.strip().toLowerCase(Locale.ROOT));
		if (m == null || !m.matches()) {
			reading.problem(value, "'latency' is a time such as '10s' or '1500ms', not '" + v + "'");
			return List.of();
		}
		double amount = Double.parseDouble(m.group(1));
		long ms = "ms".equals(m.group(2)) ? (long) amount : (long) (amount * 1000);
		return List.of(new SourceChecks.Latency(ms));
	}

}
