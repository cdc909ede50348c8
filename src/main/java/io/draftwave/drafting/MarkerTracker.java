package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Follows the citation markers of a draft while the drafter streams it, so that only
 * markers naming a source reach the official, and each cited source is announced once.
 * <p>
 * Feed the text pieces in order to {@link #accept}, then call {@link #finish} once. Each
 * call returns the text that is safe to show now and the citations that became known:
 * <ul>
 * <li>An opening bracket ({@code [} or {@code ［}) and what follows it are held back until
 * they make a complete {@linkplain Markers marker} or can no longer become one; text that
 * is not a marker ("[참고]", "[2024]") is then released unchanged.</li>
 * <li>A marker whose numbers all name sources passes unchanged. Numbers naming no source
 * are removed: with five sources "[1, 99]" becomes "[1]", and "[99]" disappears together
 * with one space before it when the marker is followed by a space, punctuation, a line
 * break or the end of the text: "늘었다 [99]." becomes "늘었다.", "늘었다 [99] 그리고" becomes "늘었다
 * 그리고", but "늘었다 [99]그리고" becomes "늘었다 그리고" (the space is kept). To decide, a single
 * space or tab at the end of the text so far is held back until the next character
 * arrives.</li>
 * <li>The citations of a step are those of valid numbers seen for the first time, in
 * order of appearance ("[2, 1] … [1][3]" announces 2, 1, then 3).</li>
 * </ul>
 * The text is processed character by character, so the result does not depend on how it
 * is cut into pieces: the texts of all steps concatenated equal {@code accept(whole)}
 * followed by {@code finish()} on a new tracker. "늘었다[", "1", "]." and "늘었다[1]." both
 * give "늘었다[1].".
 * <p>
 * One tracker per stream; not thread-safe.
 */
final class MarkerTracker {

	/**
	 * What a piece of text released.
	 *
	 * @param text the text safe to show now, possibly empty
	 * @param citations the sources cited for the first time in this step, in order of
	 * appearance
	 */
	public record Step(String text, List<Citation> citations) {

		public Step {
			citations = List.copyOf(citations);
		}

	}

	/** Characters before which a space left by a removed marker is dropped. */
	private static final String CLOSING_PUNCTUATION = ".,;:!?)]}…。、，．：；！？）］」』》〉";

	private static final int NONE = -1;

	private final Map<Integer, NumberedSource> sources;

	private final Set<Integer> cited = new HashSet<>();

	private final List<Integer> dropped = new ArrayList<>();

	private final StringBuilder held = new StringBuilder();

	private final StringBuilder out = new StringBuilder();

	private final List<Citation> citations = new ArrayList<>();

	private int pendingSpace = NONE;

	private boolean spaceBeforeRemovedMarker;

	private boolean finished;

	/**
	 * A tracker for one draft.
	 * @param sources the draft's numbered sources; a marker number is valid when one of
	 * them has it
	 */
	public MarkerTracker(List<NumberedSource> sources) {
		this.sources = sources.stream()
			.collect(Collectors.toMap(NumberedSource::number, s -> s, (first, second) -> first, LinkedHashMap::new));
	}

	/**
	 * Takes the next piece of the draft.
	 * @return the text now safe to show and the newly cited sources
	 * @throws IllegalStateException after {@link #finish}
	 */
	public Step accept(String piece) {
		if (finished) {
			throw new IllegalStateException("the stream is finished");
		}
		for (int i = 0; i < piece.length(); i++) {
			feed(piece.charAt(i));
		}
		return drain();
	}

	/**
	 * Ends the stream: releases an incomplete marker unchanged ("참고[1" stays "참고[1") and
	 * a held-back space, unless it stood before a removed marker. Later calls return an
	 * empty step.
	 */
	public Step finish() {
		if (!finished) {
			finished = true;
			if (!held.isEmpty()) {
				resolvePendingSpace(false);
				out.append(held);
				held.setLength(0);
			}
			resolvePendingSpace(spaceBeforeRemovedMarker);
		}
		return drain();
	}

	/**
	 * The numbers removed so far because they name no source, once per occurrence, in
	 * order.
	 */
	public List<Integer> dropped() {
		return List.copyOf(dropped);
	}

	private void feed(char c) {
		if (!held.isEmpty()) {
			held.append(c);
			Matcher m = Markers.MARKER.matcher(held);
			if (m.matches()) {
				String marker = held.toString();
				held.setLength(0);
				resolve(marker);
			}
			else if (!m.hitEnd()) {
				String notMarker = held.toString();
				held.setLength(0);
				plain(notMarker.charAt(0));
				for (int i = 1; i < notMarker.length(); i++) {
					feed(notMarker.charAt(i));
				}
			}
		}
		else if (c == '[' || c == '［') {
			held.append(c);
		}
		else {
			plain(c);
		}
	}

	private void plain(char c) {
		resolvePendingSpace(
				spaceBeforeRemovedMarker && (Character.isWhitespace(c) || CLOSING_PUNCTUATION.indexOf(c) >= 0));
		if (c == ' ' || c == '\t') {
			pendingSpace = c;
		}
		else {
			out.append(c);
		}
	}

	private void resolve(String marker) {
		List<Integer> numbers = Markers.numbers(marker);
		List<Integer> kept = new ArrayList<>();
		for (int n : numbers) {
			NumberedSource source = sources.get(n);
			if (source == null) {
				dropped.add(n);
				continue;
			}
			kept.add(n);
			if (cited.add(n)) {
				citations.add(Citation.of(source));
			}
		}
		if (kept.isEmpty()) {
			spaceBeforeRemovedMarker = pendingSpace != NONE;
			return;
		}
		resolvePendingSpace(false);
		if (kept.size() == numbers.size()) {
			out.append(marker);
		}
		else {
			out.append(marker.charAt(0))
				.append(kept.stream().map(String::valueOf).collect(Collectors.joining(", ")))
				.append(marker.charAt(marker.length() - 1));
		}
	}

	private void resolvePendingSpace(boolean drop) {
		if (pendingSpace != NONE && !drop) {
			out.append((char) pendingSpace);
		}
		pendingSpace = NONE;
		spaceBeforeRemovedMarker = false;
	}

	private Step drain() {
		Step step = new Step(out.toString(), citations);
		out.setLength(0);
		citations.clear();
		return step;
	}

}
