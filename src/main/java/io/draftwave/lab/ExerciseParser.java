package io.draftwave.lab;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one exercise file (YAML; the format is described in
 * {@code lab/exercises/README.md}). Every problem is reported with its line, all of them
 * at once, so a trainer fixes a file in one go: a YAML syntax error, an unknown key (a
 * typo), a missing or empty field, a level outside 0..4, an unknown kind, language or
 * check, an invalid regular expression, a bound out of range. A file with any problem
 * yields no exercise. Stateless and thread-safe.
 */
final class ExerciseParser {

	private static final Set<String> KEYS = Set.of("id", "level", "title", "goal", "instructions", "kind", "language",
			"documents", "variants", "cases", "checks");

	private static final Pattern LEVEL_FOLDER = Pattern.compile("(?:^|/)level-(\\d)/");

	/** The outcome: the exercise, or null and the problems. */
	record Result(@Nullable Exercise exercise, List<ExerciseProblem> problems) {
	}

	Result parse(String file, String text) {
		Reading reading = new Reading(file);
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			return new Result(null, List.of(new ExerciseProblem(file, line, "not valid YAML: " + ex.getProblem())));
		}
		catch (YAMLException ex) {
			return new Result(null, List.of(new ExerciseProblem(file, 0, "not valid YAML: " + ex.getMessage())));
		}
		if (!(root instanceof MappingNode mapping)) {
			return new Result(null,
					List.of(new ExerciseProblem(file, root == null ? 0 : line(root),
							"the file must be a mapping of keys (id, level, title, goal, instructions, kind, language, "
									+ "documents, variants, cases, checks)")));
		}
		Exercise exercise = reading.exercise(mapping);
		return reading.problems.isEmpty() ? new Result(exercise, List.of()) : new Result(null, reading.problems);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	/** The state of reading one file. */
	static final class Reading {

		private final String file;

		private final List<ExerciseProblem> problems = new ArrayList<>();

		Reading(String file) {
			this.file = file;
		}

		@Nullable Exercise exercise(MappingNode root) {
			Map<String, Node> fields = fields(root, KEYS, "");
			int level = level(fields.get("level"), root);
			String title = text(fields, "title", root);
			String goal = text(fields, "goal", root);
			String instructions = text(fields, "instructions", root);
			DraftKind kind = kind(fields.get("kind"), root);
			Language language = language(fields.get("language"));
			String id = fields.containsKey("id") ? text(fields, "id", root) : defaultId();
			List<String> documents = strings(fields.get("documents"), "documents");
			List<Variant> variants = variants(fields.get("variants"), root);
			List<Check> common = fields.containsKey("checks") ? checks(fields.get("checks"), kind) : List.of();
			List<ExerciseCase> cases = cases(fields.get("cases"), root, common, kind);
			if (!problems.isEmpty() || kind == null) {
				return null;
			}
			return new Exercise(id, level, title, goal, instructions, kind, language, documents, variants, cases, file);
		}

		private String defaultId() {
			String name = file.substring(file.lastIndexOf('/') + 1);
			int dot = name.lastIndexOf('.');
			return dot > 0 ? name.substring(0, dot) : name;
		}

		private int level(@Nullable Node node, Node root) {
			Matcher folder = LEVEL_FOLDER.matcher(file);
			Integer fromFolder = folder.find() ? Integer.valueOf(folder.group(1)) : null;
			if (node == null) {
				if (fromFolder == null) {
					problem(root, "'level' is missing: write a level from 0 to 4, or put the file in a level-N folder");
					return 0;
				}
				return fromFolder;
			}
			String value = scalar(node, "level");
			if (value == null) {
				return 0;
			}
			if (!value.matches("[0-4]")) {
				problem(node, "'level' must be a number from 0 to 4, not '" + value + "'");
				return 0;
			}
			int level = Integer.parseInt(value);
			if (fromFolder != null && fromFolder != level) {
				problem(node, "'level' is " + level + " but the file is in the folder level-" + fromFolder
						+ "; move the file or change the level");
			}
			return level;
		}

		private @Nullable DraftKind kind(@Nullable Node node, Node root) {
			if (node == null) {
				problem(root, "'kind' is missing: press-release, policy-report, complaint-reply, memo or answer");
				return null;
			}
			String value = scalar(node, "kind");
			if (value == null) {
				return null;
			}
			try {
				return DraftKind.of(value);
			}
			catch (IllegalArgumentException ex) {
				problem(node, ex.getMessage());
				return null;
			}
		}

		private Language language(@Nullable Node node) {
			if (node == null) {
				return Language.KO;
			}
			String value = scalar(node, "language");
			try {
				return value == null ? Language.KO : Language.of(value);
			}
			catch (IllegalArgumentException ex) {
				problem(node, ex.getMessage());
				return Language.KO;
			}
		}

		private List<Variant> variants(@Nullable Node node, Node root) {
			List<Variant> variants = new ArrayList<>();
			if (node == null) {
				problem(root, "'variants' is missing: give at least one starter prompt with a name and a prompt");
				return variants;
			}
			Set<String> names = new HashSet<>();
			for (Node item : items(node, "variants")) {
				if (!(item instanceof MappingNode m)) {
					problem(item, "each variant must have 'name' and 'prompt'");
					continue;
				}
				Map<String, Node> f = fields(m, Set.of("name", "prompt"), "variant ");
				String name = text(f, "name", m);
				String prompt = text(f, "prompt", m);
				if (!name.isEmpty() && !names.add(name)) {
					problem(item, "two variants are named '" + name + "'; give each its own name");
				}
				variants.add(new Variant(name, prompt));
			}
			if (variants.isEmpty() && !(node instanceof ScalarNode)) {
				problem(node, "'variants' is empty: give at least one starter prompt");
			}
			return variants;
		}

		private List<ExerciseCase> cases(@Nullable Node node, Node root, List<Check> common, @Nullable DraftKind kind) {
			List<ExerciseCase> cases = new ArrayList<>();
			if (node == null) {
				problem(root, "'cases' is missing: give at least one test case with an input and checks");
				return cases;
			}
			Set<String> ids = new HashSet<>();
			for (Node item : items(node, "cases")) {
				if (!(item instanceof MappingNode m)) {
					problem(item, "each case must have 'input' and 'checks' (and may have an 'id')");
					continue;
				}
				Map<String, Node> f = fields(m, Set.of("id", "input", "checks"), "case ");
				String id = f.containsKey("id") ? text(f, "id", m) : "case-" + (cases.size() + 1);
				if (!ids.add(id)) {
					problem(item, "two cases have the id '" + id + "'; give each its own id");
				}
				String input = text(f, "input", m);
				List<Check> checks = new ArrayList<>(common);
				if (f.containsKey("checks")) {
					checks.addAll(checks(f.get("checks"), kind));
				}
				if (checks.isEmpty()) {
					problem(item, "case '" + id + "' has no checks: add 'checks' to it or to the exercise");
				}
				cases.add(new ExerciseCase(id, input, checks));
			}
			if (cases.isEmpty() && !(node instanceof ScalarNode)) {
				problem(node, "'cases' is empty: give at least one test case");
			}
			return cases;
		}

		private List<Check> checks(Node node, @Nullable DraftKind kind) {
			List<Check> checks = new ArrayList<>();
			for (Node item : items(node, "checks")) {
				if (!(item instanceof MappingNode m)) {
					problem(item, "each check is written 'type: value', e.g. 'contains: \"847명\"'; known types: "
							+ String.join(", ", sorted(CheckReading.TYPES)));
					continue;
				}
				checks.addAll(new CheckReading(this, kind).read(m));
			}
			return checks;
		}

		Map<String, Node> fields(MappingNode mapping, Set<String> known, String what) {
			Map<String, Node> fields = new LinkedHashMap<>();
			for (NodeTuple t : mapping.getValue()) {
				String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
				if (!known.contains(key)) {
					problem(t.getKeyNode(),
							"unknown " + what + "key '" + key + "'; known keys: " + String.join(", ", sorted(known)));
				}
				else if (fields.put(key, t.getValueNode()) != null) {
					problem(t.getKeyNode(), "'" + key + "' is given twice");
				}
			}
			return fields;
		}

		String text(Map<String, Node> fields, String key, Node parent) {
			Node node = fields.get(key);
			if (node == null) {
				problem(parent, "'" + key + "' is missing");
				return "";
			}
			String value = scalar(node, key);
			if (value != null && value.isBlank()) {
				problem(node, "'" + key + "' is empty");
			}
			return value == null ? "" : value.strip();
		}

		@Nullable String scalar(Node node, String key) {
			if (node instanceof ScalarNode s) {
				return s.getValue();
			}
			problem(node, "'" + key + "' must be a single value, not a list or mapping");
			return null;
		}

		List<String> strings(@Nullable Node node, String key) {
			List<String> values = new ArrayList<>();
			if (node == null) {
				return values;
			}
			if (node instanceof ScalarNode s) {
				values.add(s.getValue().strip());
				return values;
			}
			for (Node item : items(node, key)) {
				String value = scalar(item, key);
				if (value != null && !value.isBlank()) {
					values.add(value.strip());
				}
			}
			return values;
		}

		List<Node> items(Node node, String key) {
			if (node instanceof SequenceNode s) {
				return s.getValue();
			}
			problem(node, "'" + key + "' must be a list (lines starting with '- ')");
			return List.of();
		}

		void problem(Node node, String message) {
			problems.add(new ExerciseProblem(file, line(node), message));
		}

		private static List<String> sorted(Set<String> values) {
			return values.stream().sorted().toList();
		}

	}

}
