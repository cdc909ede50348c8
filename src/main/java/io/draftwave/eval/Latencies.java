package io.draftwave.eval;

import java.util.Arrays;

/** Percentiles of measured durations. Stateless. */
final class Latencies {

	private Latencies() {
	}

	/**
	 * The p-th percentile (0 &lt; p &le; 100) by the nearest-rank method, in
	 * milliseconds; 0 for no samples. The array is not changed.
	 */
	public static double percentileMillis(long[] nanos, double p) {
		if (nanos.length == 0) {
			return 0;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
	}

}
