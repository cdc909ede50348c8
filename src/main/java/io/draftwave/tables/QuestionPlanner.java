package io.draftwave.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a question into a plan without a language model, deterministically: the table is
 * the one whose card shares most with the question (category values ×3, the best measure
 * column ×2, title words ×1); years, category values and the measure come from the
 * table's own values and names; intent words choose the plan kind. Worked example:
 * {@code 2025년에 민원 접수 건수가 가장 많은 분야 세
 * 곳은?} → rank by {@code 접수 건수} per {@code 분야}, {@code 연도 = 2025}, highest 3. A question
 * with no year over a table with a year column reads the latest year. Two measures
 * matching equally, or a question needing a category it does not name, give a
 * {@link Clarification}.
 */
final class QuestionPlanner {

	/** A plan, or the answer that stands in for one. */
	sealed interface Outcome permits Planned, Unplanned {

	}

	record Planned(TableCard card, Plan plan) implements Outcome {
	}

	record Unplanned(Answer answer) implements Outcome {
	}

	private final List<TableCard> cards;

	QuestionPlanner(List<TableCard> cards) {
		this.cards = cards;
	}

	Outcome plan(String question, boolean korean) {
		QuestionWords q = new QuestionWords(question);
		List<Scored> scored = cards.stream()
			.map(card -> score(card, q))
			.sorted(Comparator.comparingInt(Scored::score).reversed())
			.toList();
		if (scored.isEmpty() || scored.getFirst().score < 2 || scored.getFirst().measureScore == 0
				&& scored.getFirst().values.isEmpty() && scored.getFirst().named == 0) {
			return new Unplanned(new NoTable(question, closest(scored, q)));
		}
		return new IntentPlanner(question, q, scored.getFirst().card, korean).plan();
	}

	/**
	 * The three tables that came nearest, in an order that does not depend on the order
	 * the tables were loaded in: by score, then by how many of the question's words stand
	 * inside a category value ("주차" in "교통·주차"), then by title.
	 */
	private static List<TableInfo> closest(List<Scored> scored, QuestionWords q) {
		return scored.stream()
			.filter(s -> s.score > 0)
			.sorted(Comparator.comparingInt(Scored::score)
				.thenComparingInt(s -> wordsInValues(s.card(), q))
				.reversed()
				.thenComparing(s -> s.card().table().title()))
			.limit(3)
			.map(s -> s.card().table())
			.toList();
	}

	/** The question's words of two letters or more found inside the card's values. */
	private static int wordsInValues(TableCard card, QuestionWords q) {
		List<String> values = card.values()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(QuestionWords::compact)
			.toList();
		return (int) q.stems.stream()
			.filter(w -> w.length() >= 2 && !w.chars().allMatch(Character::isDigit))
			.distinct()
			.filter(w -> values.stream().anyMatch(v -> v.contains(w)))
			.count();
	}

	record Scored(TableCard card, int score, int measureScore, int named, Map<String, String> values) {
	}

	static Scored score(TableCard card, QuestionWords q) {
		Map<String, String> values = matchedValues(card, q);
		int measure = card.table()
			.columns()
			.stream()
			.filter(c -> c.type().isNumeric())
			.mapToInt(c -> columnScore(c, q))
			.max()
			.orElse(0);
		int other = card.table()
			.columns()
			.stream()
			.filter(c -> !c.type().isNumeric())
			.mapToInt(c -> columnScore(c, q) > 0 ? 1 : 0)
			.sum();
		int title = 0;
		for (String word : card.table().title().split("[\\s\\-_()]+")) {
			title += word.length() >= 2 && !word.matches("\\d+") && q.hasWord(word) ? 1 : 0;
		}
		return new Scored(card, 3 * values.size() + 2 * measure + other + title + yearFit(card, q), measure, other,
				values);
	}

	/**
	 * +1 when the question's years lie in the table's period, -2 when it names years and
	 * the table has none.
	 */
	static int yearFit(TableCard card, QuestionWords q) {
		if (q.years.isEmpty()) {
			return 0;
		}
		var period = card.table().periodColumn();
		if (period.isEmpty()) {
			return -2;
		}
		List<Object> range = card.ranges().get(period.get().name());
		if (range == null) {
			return 0;
		}
		int low = IntentPlanner.yearOf(range.get(0));
		int high = IntentPlanner.yearOf(range.get(1));
		return q.years.stream().allMatch(y -> y >= low && y <= high) ? 1 : 0;
	}

	/**
	 * Words of the column's label found in the question, plus 2 when the whole label is
	 * there.
	 */
	static int columnScore(Column column, QuestionWords q) {
		int score = 0;
		for (String word : column.label().split("\\s+")) {
			score += q.hasWord(word) ? 1 : 0;
		}
		String label = QuestionWords.compact(column.label());
		return score + (label.length() >= 2 && q.compact.contains(label) ? 2 : 0);
	}

	/**
	 * Category values named in the question, by column; the longest value wins where two
	 * overlap, and a piece of a dotted category ({@code 주차} of {@code 교통·주차}) is none.
	 */
	static Map<String, String> matchedValues(TableCard card, QuestionWords q) {
		Map<String, String> matched = new LinkedHashMap<>();
		List<String> taken = new ArrayList<>();
		card.values()
			.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)))
			.filter(e -> !TableShaper.isTotalLabel(e.getValue()) && distinctCount(card, e.getKey()) > 1)
			.sorted(Comparator
				.comparingInt((Map.Entry<String, String> e) -> -QuestionWords.compact(e.getValue()).length()))
			.forEach(e -> {
				String value = QuestionWords.compact(e.getValue());
				if (value.length() >= 2 && q.compact.contains(value) && taken.stream().noneMatch(t -> t.contains(value))
						&& !matched.containsKey(e.getKey()) && !partOfNamedColumn(card, q, value)
						&& !q.onlyPieceOfDotted(value)) {
					matched.put(e.getKey(), e.getValue());
					taken.add(value);
				}
			});
		return matched;
	}

	/** {@code 제공} in {@code 제공 형식이 CSV인} names the column 제공 형식, not the value 제공. */
	static boolean partOfNamedColumn(TableCard card, QuestionWords q, String value) {
		return card.table()
			.columns()
			.stream()
			.map(c -> QuestionWords.compact(c.label()))
			.anyMatch(label -> !label.equals(value) && label.contains(value) && q.compact.contains(label));
	}

	static int distinctCount(TableCard card, String column) {
		return card.values().getOrDefault(column, List.of()).size();
	}

}
