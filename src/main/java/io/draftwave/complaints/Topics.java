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

/**
 * The key terms of each period (quarter or year) and field, by TF-IDF over the groups: a
 * group is the complaints of one period and field, a term's TF is the share of the
 * group's complaints holding it, and its IDF is {@code ln((1 + G) / (1 + g)) + 1}, G the
 * number of groups compared and g those holding the term. Groups of one field are
 * compared with every period's groups of every field, so 가로등 leads the facilities field
 * and 불편, which every field holds, leads none; the all-fields group of a period is
 * compared with the other periods' all-fields groups, so a term that grew (자전거 in
 * 2025-Q4) or comes back with the season (낙엽 in a fourth quarter) rises. Boilerplate is
 * already out of the nouns ({@link ComplaintTerms#BOILERPLATE}); a term needs at least
 * {@value #MIN_COUNT} complaints of the group. Ties go to the term first in Korean order.
 * Complaints without a field count in their period's all-fields group only.
 */
final class Topics {

	/** The fewest complaints of a group holding a key term. */
	static final int MIN_COUNT = 2;

	/** Complaints shown per term. */
	static final int EXAMPLES = 3;

	private final boolean yearly;

	private final int terms;

	Topics(boolean yearly, int terms) {
		this.yearly = yearly;
		this.terms = terms;
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
		Map<String, Integer> periodGroups = held(groups, true);
		Map<String, Integer> fieldGroups = held(groups, false);
		long periods = groups.keySet().stream().filter(Key::allFields).count();
		long fields = groups.size() - periods;
		Map<Key, List<Scored>> chosen = new LinkedHashMap<>();
		groups.forEach((key, counts) -> chosen.put(key,
				top(counts, key.allFields() ? periodGroups : fieldGroups, key.allFields() ? periods : fields)));
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

	private List<Scored> top(Counts counts, Map<String, Integer> held, long groups) {
		List<Scored> scored = new ArrayList<>();
		counts.terms.forEach((term, count) -> {
			if (count >= MIN_COUNT) {
				double share = (double) count / counts.size;
				double idf = Math.log((1.0 + groups) / (1.0 + held.get(term))) + 1;
				scored.add(new Scored(term, count, share, share * idf));
			}
		});
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term));
		return List.copyOf(scored.subList(0, Math.min(terms, scored.size())));
	}

	/**
	 * How many groups of one family (all-fields groups, or field groups) hold each term.
	 */
	private static Map<String, Integer> held(Map<Key, Counts> groups, boolean allFields) {
		Map<String, Integer> held = new HashMap<>();
		groups.forEach((key, counts) -> {
			if (key.allFields() == allFields) {
				counts.terms.keySet().forEach(term -> held.merge(term, 1, Integer::sum));
			}
		});
		return held;
	}

	private Map<Key, Map<String, List<ComplaintRow>>> examples(ComplaintTerms all, Map<Key, List<Scored>> chosen) {
		Map<Key, Map<String, List<ComplaintRow>>> examples = new HashMap<>();
		chosen.keySet().forEach(key -> examples.put(key, new HashMap<>()));
		for (int i = 0; i < all.size(); i++) {
			Complaint c = all.complaints().get(i);
			String period = period(c);
			List<Key> keys = c.field().isEmpty() ? List.of(new Key(period, ""))
					: List.of(new Key(period, ""), new Key(period, c.field()));
			for (Key key : keys) {
				for (Scored s : chosen.get(key)) {
					List<ComplaintRow> rows = examples.get(key).computeIfAbsent(s.term(), t -> new ArrayList<>());
					if (rows.size() < EXAMPLES && all.nouns().get(i).contains(s.term())) {
						rows.add(ComplaintRow.of(all, i));
					}
				}
			}
		}
		return examples;
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

		void add(Set<String> distinct) {
			size++;
			distinct.forEach(term -> terms.merge(term, 1, Integer::sum));
		}

	}

	private record Scored(String term, int count, double share, double score) {
	}

}
