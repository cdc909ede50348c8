package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** TEMPORARY STUB: the real class comes from the other branch. */
public final class MarkerTracker {

	public record Step(String text, List<Citation> citations) {
	}

	private static final Pattern MARKER = Pattern.compile(" ?\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]");

	private static final Pattern PARTIAL = Pattern.compile("\\[[\\d,\\s]*$");

	private final Map<Integer, NumberedSource> sources;

	private final List<Integer> dropped = new ArrayList<>();

	private String pending = "";

	public MarkerTracker(List<NumberedSource> sources) {
		this.sources = sources.stream().collect(Collectors.toMap(NumberedSource::number, Function.identity()));
	}

	public Step accept(String piece) {
		String all = pending + piece;
		Matcher partial = PARTIAL.matcher(all);
		int cut = partial.find() ? partial.start() : all.length();
		pending = all.substring(cut);
		return process(all.substring(0, cut));
	}

	public Step finish() {
		String rest = pending;
		pending = "";
		return process(rest);
	}

	public List<Integer> dropped() {
		return List.copyOf(dropped);
	}

	private Step process(String text) {
		StringBuilder out = new StringBuilder();
		List<Citation> citations = new ArrayList<>();
		Matcher m = MARKER.matcher(text);
		int last = 0;
		while (m.find()) {
			out.append(text, last, m.start());
			List<Integer> valid = new ArrayList<>();
			for (String n : m.group(1).split(",")) {
				int number = Integer.parseInt(n.strip());
				if (sources.containsKey(number)) {
					valid.add(number);
					citations.add(Citation.of(sources.get(number)));
				}
				else {
					dropped.add(number);
				}
			}
			if (!valid.isEmpty()) {
				out.append(m.group().startsWith(" ") ? " " : "")
					.append(valid.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
			}
			last = m.end();
		}
		out.append(text.substring(last));
		return new Step(out.toString(), citations);
	}

}
