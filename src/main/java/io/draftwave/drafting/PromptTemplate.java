package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed prompt template: the text under {@code ## system} and under {@code ## user},
 * with {@code {{placeholders}}}. Text above {@code ## system} is a note for trainers and
 * is dropped. Other headings ({@code ### …}, {@code ## 본문}) are part of the section they
 * sit in.
 */
record PromptTemplate(String system, String user) {

	static final Set<String> PLACEHOLDERS = Set.of("sources", "instructions", "today");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	/** A template the service cannot use; {@link #line()} is 1-based. */
	static final class MalformedTemplateException extends Exception {

		private final int line;

		MalformedTemplateException(String message, int line) {
			super(message);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

	/** Parses a template file's text. */
	static PromptTemplate parse(String text) throws MalformedTemplateException {
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		int systemAt = -1;
		int userAt = -1;
		for (int i = 0; i < lines.length; i++) {
			String heading = lines[i].strip().toLowerCase(Locale.ROOT);
			if (heading.equals("## system") || heading.equals("## user")) {
				boolean system = heading.equals("## system");
				if ((system ? systemAt : userAt) >= 0) {
					throw new MalformedTemplateException("second '" + lines[i].strip() + "' section", i + 1);
				}
				if (system) {
					systemAt = i;
				}
				else {
					userAt = i;
				}
			}
		}
		if (systemAt < 0) {
			throw new MalformedTemplateException("missing '## system' section", 1);
		}
		if (userAt < 0) {
			throw new MalformedTemplateException("missing '## user' section", lines.length);
		}
		if (userAt < systemAt) {
			throw new MalformedTemplateException("'## user' must come after '## system'", userAt + 1);
		}
		checkPlaceholders(lines, systemAt);
		return new PromptTemplate(join(lines, systemAt + 1, userAt), join(lines, userAt + 1, lines.length));
	}

	private static void checkPlaceholders(String[] lines, int from) throws MalformedTemplateException {
		for (int i = from; i < lines.length; i++) {
			Matcher m = PLACEHOLDER.matcher(lines[i]);
			while (m.find()) {
				if (!PLACEHOLDERS.contains(m.group(1))) {
					throw new MalformedTemplateException(
							"unknown placeholder " + m.group() + " (allowed: {{sources}}, {{instructions}}, {{today}})",
							i + 1);
				}
			}
		}
	}

	private static String join(String[] lines, int from, int to) {
		List<String> section = new ArrayList<>(List.of(lines).subList(from, to));
		return String.join("\n", section).strip();
	}

	String system(Map<String, String> values) {
		return fill(system, values);
	}

	String user(Map<String, String> values) {
		return fill(user, values);
	}

	/** Replaces placeholders in one pass, so a value holding "{{…}}" is left as it is. */
	private static String fill(String text, Map<String, String> values) {
		return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
	}

}
