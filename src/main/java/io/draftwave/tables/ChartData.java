package io.draftwave.tables;

import java.util.List;

/**
 * The values of a result to draw: bars for categories, a line for time.
 *
 * @param kind bars or a line
 * @param title the chart's title
 * @param axis the label of the category or time axis
 * @param measure the label of the value axis, unit included
 * @param labels the categories or periods
 * @param values one value per label
 */
public record ChartData(Kind kind, String title, String axis, String measure, List<String> labels,
		List<Double> values) {

	/** How the values are drawn. */
	public enum Kind {

		BAR, LINE

	}

	public ChartData {
		labels = List.copyOf(labels);
		values = List.copyOf(values);
		if (labels.size() != values.size()) {
			throw new IllegalArgumentException("one value per label");
		}
	}

}
