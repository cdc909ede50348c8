package io.draftwave.corpus.format;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.security.KoreanPiiMasker;

/**
 * Masks personal data in the free-text columns of a data table as it is read, so neither
 * the index nor the typed tables ever hold it. A column is free text when its non-empty
 * cells average at least {@value #MIN_AVERAGE_LENGTH} characters: the {@code 민원 내용} of a
 * complaint table ({@code 연락처 010-1234-5678로 연락 주세요.} → {@code 연락처 [전화번호]로 연락 주세요.}).
 * Short cells are left alone, so an office's listed phone number ({@code 대표전화}) or a code
 * stays as published. The original file is kept as it was uploaded.
 */
public final class FreeTextCells {

	/** The least average length of a free-text column's cells, in characters. */
	public static final double MIN_AVERAGE_LENGTH = 20;

	private static final KoreanPiiMasker MASKER = new KoreanPiiMasker();

	private FreeTextCells() {
	}

	/**
	 * The data rows with the cells of their free-text columns masked; the rows as they
	 * are when no column is free text.
	 * @param data the data rows, header and title lines excluded; rows may differ in
	 * length
	 */
	public static List<List<String>> masked(List<List<String>> data) {
		List<Integer> freeText = freeTextColumns(data);
		if (freeText.isEmpty()) {
			return data;
		}
		List<List<String>> masked = new ArrayList<>(data.size());
		for (List<String> row : data) {
			List<String> copy = new ArrayList<>(row);
			for (int c : freeText) {
				if (c < copy.size() && !copy.get(c).isBlank()) {
					copy.set(c, MASKER.mask(copy.get(c)));
				}
			}
			masked.add(copy);
		}
		return masked;
	}

	static List<Integer> freeTextColumns(List<List<String>> data) {
		int width = data.stream().mapToInt(List::size).max().orElse(0);
		long[] length = new long[width];
		int[] filled = new int[width];
		for (List<String> row : data) {
			for (int c = 0; c < row.size(); c++) {
				String cell = row.get(c).strip();
				if (!cell.isEmpty()) {
					length[c] += cell.length();
					filled[c]++;
				}
			}
		}
		List<Integer> columns = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			if (filled[c] > 0 && (double) length[c] / filled[c] >= MIN_AVERAGE_LENGTH) {
				columns.add(c);
			}
		}
		return columns;
	}

}
