package io.draftwave.complaints;

/**
 * MinHash signatures of hashed shingle sets, cut into bands for locality-sensitive
 * hashing: two sets with Jaccard similarity s share at least one band with probability 1
 * − (1 − s^{@value #ROWS})^{@value #BANDS}, about 0.65 at s = 0.5, 0.97 at s = 0.7 and
 * 0.06 at s = 0.25. Deterministic: the hash functions are fixed.
 */
final class MinHashes {

	static final int BANDS = 16;

	static final int ROWS = 4;

	static final int HASHES = BANDS * ROWS;

	private final long[] seeds = new long[HASHES];

	MinHashes() {
		long seed = 0x5DEECE66DL;
		for (int h = 0; h < HASHES; h++) {
			seed = mix(seed + h);
			seeds[h] = seed;
		}
	}

	/**
	 * One key per band of the set's signature; the band's number is part of its key, so
	 * equal keys mean an equal band.
	 * @param shingles a non-empty set of hashed shingles
	 */
	long[] bands(long[] shingles) {
		long[] signature = new long[HASHES];
		java.util.Arrays.fill(signature, Long.MAX_VALUE);
		for (long shingle : shingles) {
			for (int h = 0; h < HASHES; h++) {
				signature[h] = Math.min(signature[h], mix(shingle ^ seeds[h]));
			}
		}
		long[] bands = new long[BANDS];
		for (int b = 0; b < BANDS; b++) {
			long key = b;
			for (int r = 0; r < ROWS; r++) {
				key = mix(key * 31 + signature[b * ROWS + r]);
			}
			bands[b] = key;
		}
		return bands;
	}

	/** SplitMix64's finaliser: spreads the bits of a value over all 64. */
	static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
