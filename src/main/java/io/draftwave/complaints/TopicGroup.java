package io.draftwave.complaints;

import java.util.List;

/**
 * The key terms of one period and field.
 *
 * @param period the period: {@code 2025-Q4} or {@code 2025}
 * @param field the field, or empty for the complaints of every field together
 * @param complaints the complaints of the period (and field)
 * @param terms the key terms, highest score first
 */
public record TopicGroup(String period, String field, int complaints, List<Term> terms) {

	public TopicGroup {
		terms = List.copyOf(terms);
	}

	/**
	 * A key term.
	 *
	 * @param term the Nori noun or compound ({@code 자전거}, {@code 가로등})
	 * @param count the group's complaints holding it
	 * @param share their share of the group's complaints, 0 to 1
	 * @param score its score: in a field's group TF-IDF, the share times
	 * {@code ln(G / g)} over the groups of every period and field; in a period's
	 * all-fields group the share times {@code ln(share / mean share over the periods)}
	 * @param examples the first complaints of the group holding it (as many as asked, at
	 * most 3), masked
	 */
	public record Term(String term, int count, double share, double score, List<ComplaintRow> examples) {

		public Term {
			examples = List.copyOf(examples);
		}

	}

}
