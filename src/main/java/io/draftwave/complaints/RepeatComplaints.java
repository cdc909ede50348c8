package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.draftwave.complaints.RepeatCluster.Reason;

/**
 * Finds repeat complaints two ways and joins what either finds:
 * <ul>
 * <li>near-duplicate texts: complaints of one field and place ({@link #samePlace}) whose
 * sets of neighbouring noun pairs (shingles of {@link ComplaintTerms#parts()}) have a
 * Jaccard similarity of at least {@link Settings#similarity()}, received at most
 * {@link Settings#textDays()} days apart. Candidates come from MinHash
 * ({@value MinHashes#HASHES} hashes in {@value MinHashes#BANDS} bands), so similar pairs
 * are found without comparing all pairs; every candidate's similarity is then computed
 * exactly.</li>
 * <li>the rule "same place and field, N within D days": at least
 * {@link Settings#placeCount()} complaints at one place (district and place) of one field
 * received within {@link Settings#placeDays()} days.</li>
 * </ul>
 * Linked complaints form clusters (transitively); clusters of fewer than
 * {@link Settings#minComplaints()} are dropped.
 */
final class RepeatComplaints {

	/**
	 * @param similarity the least Jaccard similarity of two texts' noun pairs
	 * @param textDays the most days between two near-duplicate texts
	 * @param placeCount N of the rule: complaints at one place
	 * @param placeDays D of the rule: within so many days (the first and the last day
	 * included)
	 * @param minComplaints the fewest complaints of a cluster reported
	 */
	record Settings(double similarity, int textDays, int placeCount, int placeDays, int minComplaints) {

		static final Settings DEFAULT = new Settings(0.6, 30, 5, 14, 3);

		Settings {
			if (similarity <= 0 || similarity > 1 || textDays < 0 || placeCount < 2 || placeDays < 1
					|| minComplaints < 2) {
				throw new IllegalArgumentException("settings out of range: " + this);
			}
		}

	}

	/** Bits of a band key kept beside a complaint's index when candidates are sorted. */
	static final int KEY_BITS = 40;

	private final Settings settings;

	RepeatComplaints(Settings settings) {
		this.settings = settings;
	}

	/** The clusters, largest first, then by first received day. */
	List<RepeatCluster> find(ComplaintTerms terms) {
		Links links = new Links(terms.size());
		linkSimilarTexts(terms, links);
		linkSamePlace(terms, links);
		Map<Integer, List<Integer>> components = new LinkedHashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			components.computeIfAbsent(links.root(i), k -> new ArrayList<>()).add(i);
		}
		return components.values()
			.stream()
			.filter(members -> members.size() >= settings.minComplaints())
			.map(members -> cluster(terms, members, links))
			.sorted(Comparator.comparing((RepeatCluster c) -> -c.rows().size()).thenComparing(RepeatCluster::first))
			.toList();
	}

	/**
	 * Links near-duplicate texts of one field and district. Candidates share a MinHash
	 * band: band by band, each complaint's band key (mixed with its field and district)
	 * is packed with its index into one long ({@value #KEY_BITS} bits of key, the rest
	 * index) and the longs are sorted, so equal keys lie together without a map of lists;
	 * a million complaints cost sixteen sorts of a million longs. Two different keys
	 * equal in their first {@value #KEY_BITS} bits only add candidates, and every
	 * candidate's similarity is computed exactly.
	 */
	private void linkSimilarTexts(ComplaintTerms terms, Links links) {
		int n = terms.size();
		if (n >= 1 << (Long.SIZE - KEY_BITS)) {
			throw new IllegalArgumentException(
					"at most " + ((1 << (Long.SIZE - KEY_BITS)) - 1) + " complaints are compared at once, not " + n);
		}
		List<long[]> shingles = terms.parts().parallelStream().map(RepeatComplaints::shingles).toList();
		MinHashes minHashes = new MinHashes();
		long[][] bands = new long[n][];
		IntStream.range(0, n)
			.parallel()
			.forEach(i -> bands[i] = shingles.get(i).length == 0 ? null : minHashes.bands(shingles.get(i)));
		Map<String, Integer> groups = new HashMap<>();
		long[] group = new long[n];
		for (int i = 0; i < n; i++) {
			Complaint c = terms.complaints().get(i);
			group[i] = MinHashes.mix(groups.computeIfAbsent(c.field() + "\u0000" + c.district(), k -> groups.size()));
		}
		long indexMask = (1L << (Long.SIZE - KEY_BITS)) - 1;
		long[] packed = new long[n];
		for (int b = 0; b < MinHashes.BANDS; b++) {
			int size = 0;
			for (int i = 0; i < n; i++) {
				if (bands[i] != null) {
					packed[size++] = (MinHashes.mix(bands[i][b] ^ group[i]) & ~indexMask) | i;
				}
			}
			Arrays.sort(packed, 0, size);
			int start = 0;
			for (int k = 1; k <= size; k++) {
				if (k == size || (packed[k] & ~indexMask) != (packed[start] & ~indexMask)) {
					if (k - start > 1) {
						List<Integer> bucket = new ArrayList<>(k - start);
						for (int m = start; m < k; m++) {
							bucket.add((int) (packed[m] & indexMask));
						}
						linkWithin(bucket, terms, shingles, links);
					}
					start = k;
				}
			}
		}
	}

	/**
	 * Compares each member with the later ones received within
	 * {@link Settings#textDays()} days: the bucket is put in received order first, so the
	 * comparisons stop at the first member received later than that, and a bucket of
	 * thousands of complaints spread over years costs a few comparisons per member, not
	 * all pairs.
	 */
	private void linkWithin(List<Integer> bucket, ComplaintTerms terms, List<long[]> shingles, Links links) {
		List<Integer> byDay = new ArrayList<>(bucket);
		byDay.sort(Comparator.comparingLong((Integer i) -> terms.complaints().get(i).received().toEpochDay())
			.thenComparingInt(i -> i));
		for (int a = 0; a < byDay.size(); a++) {
			int i = byDay.get(a);
			long day = terms.complaints().get(i).received().toEpochDay();
			for (int b = a + 1; b < byDay.size(); b++) {
				int j = byDay.get(b);
				if (terms.complaints().get(j).received().toEpochDay() - day > settings.textDays()) {
					break;
				}
				if (links.root(i) != links.root(j) && samePlace(terms.complaints().get(i), terms.complaints().get(j))
						&& jaccard(shingles.get(i), shingles.get(j)) >= settings.similarity()) {
					links.join(i, j, Reason.SIMILAR_TEXT);
				}
			}
		}
	}

	/**
	 * Whether two complaints are about the same place: in one district, and the words of
	 * one place begin the other's ({@code 솔내로 173} and {@code 솔내로 173 앞}, not
	 * {@code 솔내로 17}); a complaint without a place is at every place of its district.
	 */
	static boolean samePlace(Complaint a, Complaint b) {
		if (!a.district().equals(b.district())) {
			return false;
		}
		List<String> p = List.of(a.place().split("\\s+"));
		List<String> q = List.of(b.place().split("\\s+"));
		List<String> shorter = p.size() <= q.size() ? p : q;
		List<String> longer = shorter == p ? q : p;
		return a.place().isBlank() || b.place().isBlank() || longer.subList(0, shorter.size()).equals(shorter);
	}

	private void linkSamePlace(ComplaintTerms terms, Links links) {
		Map<String, List<Integer>> byPlace = new HashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			Complaint c = terms.complaints().get(i);
			if (!c.place().isEmpty()) {
				byPlace.computeIfAbsent(c.field() + "\u0000" + c.where(), k -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> place : byPlace.values()) {
			if (place.size() < settings.placeCount()) {
				continue;
			}
			place.sort(Comparator.comparing(i -> terms.complaints().get(i).received()));
			int end = 0;
			for (int start = 0; start < place.size(); start++) {
				long first = terms.complaints().get(place.get(start)).received().toEpochDay();
				while (end + 1 < place.size() && terms.complaints().get(place.get(end + 1)).received().toEpochDay()
						- first < settings.placeDays()) {
					end++;
				}
				if (end - start + 1 >= settings.placeCount()) {
					for (int k = start + 1; k <= end; k++) {
						links.join(place.get(start), place.get(k), Reason.SAME_PLACE);
					}
				}
			}
		}
	}

	private static RepeatCluster cluster(ComplaintTerms terms, List<Integer> members, Links links) {
		List<Complaint> complaints = members.stream().map(terms.complaints()::get).toList();
		Map<String, Long> places = complaints.stream()
			.filter(c -> !c.place().isEmpty())
			.collect(Collectors.groupingBy(Complaint::where, LinkedHashMap::new, Collectors.counting()));
		List<String> byCount = places.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		return new RepeatCluster(complaints.getFirst().field(), complaints.stream().map(Complaint::row).toList(),
				byCount, complaints.stream().map(Complaint::received).toList(), links.reasons(members.getFirst()),
				terms.masked().get(members.getFirst()));
	}

	/**
	 * Neighbouring noun pairs, hashed, sorted and distinct; none for fewer than two
	 * nouns.
	 */
	static long[] shingles(List<String> nouns) {
		long[] pairs = new long[Math.max(0, nouns.size() - 1)];
		for (int i = 0; i + 1 < nouns.size(); i++) {
			pairs[i] = MinHashes.mix(nouns.get(i).hashCode() * 0x9E3779B97F4A7C15L + nouns.get(i + 1).hashCode());
		}
		return Arrays.stream(pairs).sorted().distinct().toArray();
	}

	/** The Jaccard similarity of two sorted, distinct arrays. */
	static double jaccard(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			int order = Long.compare(a[i], b[j]);
			if (order == 0) {
				common++;
			}
			i += order <= 0 ? 1 : 0;
			j += order >= 0 ? 1 : 0;
		}
		int union = a.length + b.length - common;
		return union == 0 ? 0 : (double) common / union;
	}

	/** Union-find over complaint indexes, with the reasons of each set's links. */
	private static final class Links {

		private final int[] parent;

		private final Map<Integer, Set<Reason>> reasons = new HashMap<>();

		Links(int size) {
			parent = new int[size];
			Arrays.setAll(parent, i -> i);
		}

		int root(int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		void join(int a, int b, Reason reason) {
			int ra = root(a);
			int rb = root(b);
			Set<Reason> joined = EnumSet.noneOf(Reason.class);
			joined.add(reason);
			Function<Integer, Set<Reason>> of = r -> reasons.getOrDefault(r, Set.of());
			joined.addAll(of.apply(ra));
			joined.addAll(of.apply(rb));
			parent[rb] = ra;
			reasons.remove(rb);
			reasons.put(ra, joined);
		}

		Set<Reason> reasons(int member) {
			return reasons.getOrDefault(root(member), Set.of());
		}

	}

}
