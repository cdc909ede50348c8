package io.draftwave.complaints;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Fictional complaints of 한빛광역시 with the ground truth of what was planted in them.
 *
 * @param complaints the complaints by received day, row numbers from 1 in this order
 * @param clusters the planted repeat-complaint clusters, one per district; empty for a
 * control set
 * @param emergingTerm the noun of the planted emerging issue ({@code 자전거}), or null for a
 * control set
 * @param emergingQuarter the quarter in which it emerges ({@code 2025-Q4}), or null
 */
public record GeneratedComplaints(List<Complaint> complaints, List<PlantedCluster> clusters,
		@Nullable String emergingTerm, @Nullable String emergingQuarter) {

	/** The line above the header that marks the file as fictional. */
	public static final String TITLE = "한빛광역시 민원 접수 현황 2023-2025 (가상 자료: 생성기로 만든 허구의 민원이며 실제 민원이나 개인정보가 아님. "
			+ "출처: draftwave generate-complaints)";

	/** The columns of the CSV file, in order. */
	public static final List<String> HEADER = List.of("접수일", "분야", "자치구", "장소", "처리부서", "처리일수", "처리상태", "민원 내용");

	public GeneratedComplaints {
		complaints = List.copyOf(complaints);
		clusters = List.copyOf(clusters);
	}

	/**
	 * Writes the complaints as UTF-8 CSV: {@link #TITLE}, {@link #HEADER}, then one line
	 * per complaint; an open complaint's handling days are empty. Replaces the file.
	 */
	public void write(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(quote(TITLE) + "\n");
			out.write(String.join(",", HEADER) + "\n");
			for (Complaint c : complaints) {
				List<String> cells = List.of(c.received().toString(), c.field(), c.district(), c.place(),
						c.department(), c.handlingDays() == null ? "" : c.handlingDays().toString(), c.status(),
						c.text());
				out.write(String.join(",", cells.stream().map(GeneratedComplaints::quote).toList()) + "\n");
			}
		}
	}

	private static String quote(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}
