package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The key terms of each period (quarter or year) and field.
 * <ul>
 * <li>A field's group (its complaints of one period) ranks terms by TF-IDF over the
 * groups of every period and field: TF is the share of the group's complaints holding the
 * term, IDF {@code ln(G / g)}, G the number of groups and g those holding the term. A
 * word every group holds (앞, 며칠, 불편) scores 0 and is never a key term, a field's own
 * words lead it (가로등 in facilities), and the word whose share grew leads its period (자전거
 * among road complaints in 2025-Q4).</li>
 * <li>A period's all-fields group (field empty) ranks terms against the other periods: TF
 * times {@code ln(TF / mean TF of the term over all periods)}, so a term above its usual
 * share leads (자전거 in 2025-Q4, 낙엽 in a fourth quarter) and a term at or below it is left
 * out.</li>
 * </ul>
 * Boilerplate is already out of the nouns ({@link ComplaintTerms#BOILERPLATE}); a term
 * needs at least {@value #MIN_COUNT} complaints of the group. Ties go to the term first
 * in Korean order. Complaints without a field count in their period's all-fields group
 * only; a table without fields has only all-fields groups.
 */
final class Topics {

	/** The fewest complaints of a group holding a key term. */
	static final int MIN_COUNT = 2;

	private final boolean yearly;

	private final int terms;

	private final int examples;

	/**
	 * @param yearly whether periods are years (else quarters)
	 * @param terms key terms per group at most
	 * @param examples complaints shown per term at most
	 */
	Topics(boolean yearly, int terms, int examples) {
		this.yearly = yearly;
		this.terms = terms;
		this.examples = examples;
	}

	/** The period of a complaint: {@code 2025-Q4}, or {@code 2025} when yearly. */
	String period(Complaint c) {
		return yearly ? Integer.toString(c.received().getYear()) : EmergingIssues.label(EmergingIssues.quarter(c));
	}

	/**
	 * Every period's groups, periods in time order, each period's all-fields group first
	 * and then its fields in Korean order.
	 */
	List<TopicGroup> find(ComplaintTerms all) {
		Map<Key, Counts> groups = new TreeMap<>();
		for (int i = 0; i < all.size(); i++) {
			Complaint c = all.complaints().get(i);
			Set<String> distinct = new HashSet<>(all.nouns().get(i));
			String period = period(c);
			groups.computeIfAbsent(new Key(period, ""), k -> new Counts()).add(distinct);
			if (!c.field().isEmpty()) {
				groups.computeIfAbsent(new Key(period, c.field()), k -> new Counts()).add(distinct);
			}
		}
		Map<String, Integer> held = held(groups);
		long fieldGroups = groups.keySet().stream().filter(k -> !k.allFields()).count();
		Map<String, Double> meanShares = meanShares(groups);
		Map<Key, List<Scored>> chosen = new LinkedHashMap<>();
		groups.forEach((key, counts) -> chosen.put(key,
				top(counts, term -> key.allFields() ? Math.log(counts.share(term) / meanShares.get(term))
						: Math.log((double) fieldGroups / held.getOrDefault(term, 1)))));
		Map<Key, Map<String, List<ComplaintRow>>> examples = examples(all, chosen);
		List<TopicGroup> found = new ArrayList<>();
		chosen.forEach((key,
				scored) -> found.add(new TopicGroup(key.period(), key.field(), groups.get(key).size,
						scored.stream()
							.map(s -> new TopicGroup.Term(s.term(), s.count(), s.share(), s.score(),
									examples.get(key).getOrDefault(s.term(), List.of())))
							.toList())));
		return found;
	}

	/** The terms of a group with a positive weight, by share times weight. */
	private List<Scored> top(Counts counts, ToDoubleFunction<String> weight) {
		List<Scored> scored = new ArrayList<>();
		counts.terms.forEach((term, count) -> {
			double w = count >= MIN_COUNT ? weight.applyAsDouble(term) : 0;
			if (w > 1e-9) {
				double share = counts.share(term);
				scored.add(new Scored(term, count, share, share * w));
			}
		});
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term));
		return List.copyOf(scored.subList(0, Math.min(terms, scored.size())));
	}

	/** How many field groups hold each term. */
	private static Map<String, Integer> held(Map<Key, Counts> groups) {
		Map<String, Integer> held = new HashMap<>();
		groups.forEach((key, counts) -> {
			if (!key.allFields()) {
				counts.terms.keySet().forEach(term -> held.merge(term, 1, Integer::sum));
			}
		});
		return held;
	}

	/**
	 * Each term's share of the all-fields groups, averaged over the periods (0 where
	 * absent).
	 */
	private static Map<String, Double> meanShares(Map<Key, Counts> groups) {
		Map<String, Double> sums = new HashMap<>();
		int periods = 0;
		for (Map.Entry<Key, Counts> group : groups.entrySet()) {
			if (group.getKey().allFields()) {
				periods++;
				Counts counts = group.getValue();
				counts.terms.keySet().forEach(term -> sums.merge(term, counts.share(term), Double::sum));
			}
		}
		int n = periods;
		sums.replaceAll((term, sum) -> sum / n);
		return sums;
	}

	private Map<Key, Map<String, List<ComplaintRow>>> examples(ComplaintTerms all, Map<Key, List<Scored>> chosen) {
		Map<Key, Map<String, List<ComplaintRow>>> found = new HashMap<>();
		chosen.keySet().forEach(key -> found.put(key, new HashMap<>()));
		for (int i = 0; i < all.size(); i++) {
			Complaint c = all.complaints().get(i);
			String period = period(c);
			List<Key> keys = c.field().isEmpty() ? List.of(new Key(period, ""))
					: List.of(new Key(period, ""), new Key(period, c.field()));
			for (Key key : keys) {
				for (Scored s : chosen.get(key)) {
					List<ComplaintRow> rows = found.get(key).computeIfAbsent(s.term(), t -> new ArrayList<>());
					if (rows.size() < examples && all.nouns().get(i).contains(s.term())) {
						rows.add(ComplaintRow.of(all, i));
					}
				}
			}
		}
		return found;
	}

	/** A group: a period and a field, the empty field for all fields. */
	private record Key(String period, String field) implements Comparable<Key> {

		boolean allFields() {
			return field.isEmpty();
		}

		@Override
		public int compareTo(Key other) {
			int order = period.compareTo(other.period);
			return order != 0 ? order : field.compareTo(other.field);
		}

	}

	private static final class Counts {

		private final Map<String, Integer> terms = new HashMap<>();

		private int size;

		double share(String term) {
			return (double) terms.getOrDefault(term, 0) / size;
		}

		void add(Set<String> distinct) {
			size++;
			distinct.forEach(term -> terms.merge(term, 1, Integer::sum));
		}

	}

	private record Scored(String term, int count, double share, double score) {
	}

}
