package io.draftwave.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.complaints.ComplaintGenerator;
import io.draftwave.complaints.GeneratedComplaints;
import io.draftwave.complaints.PlantedCluster;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The complaint analysis report an official asks for, drafted offline over the default
 * corpus: each number it states about the complaints is cited to a figure source, and
 * each is computed here again from the fictional complaints' CSV (and the repeat clusters
 * from the generator's ground truth), not read back from the service.
 */
class ComplaintReportIT extends ServiceWithDefaultCorpus {

	private static final Path DATA = CORPUS.resolve(ComplaintGenerator.FILE_NAME);

	/** A sentence or two and the marker that cites them: {@code 문장입니다. [3]}. */
	private static final Pattern CITED = Pattern.compile("([^\\[\\]\\n]+?)\\s*\\[(\\d+)\\]");

	@Test
	@SuppressWarnings("unchecked")
	void should_cite_a_figure_for_every_complaint_number_and_state_what_the_data_give() throws IOException {
		// given
		List<Row> rows = rows();

		// when
		Map<String, Object> draft = web.mutate()
			.responseTimeout(Duration.ofMinutes(3))
			.build()
			.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "policy-report", "instructions", "분야별 민원 동향과 반복 민원 개선 방안", "language", "ko"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then every figure is cited, and the citation check finds nothing unsupported
		String text = (String) draft.get("text");
		List<Map<String, Object>> citations = (List<Map<String, Object>>) draft.get("citations");
		List<Integer> figures = citations.stream()
			.filter(c -> "figure".equals(c.get("type")))
			.map(c -> (Integer) c.get("marker"))
			.toList();
		assertThat(figures).as(text).containsExactly(1, 2, 3, 4, 5);
		assertThat((List<?>) draft.get("warnings")).as(text).isEmpty();

		// and every sentence stating a count of complaints (건) cites a figure
		Matcher cited = CITED.matcher(text);
		List<String> statements = new ArrayList<>();
		while (cited.find()) {
			String sentence = cited.group(1).strip();
			boolean figure = figures.contains(Integer.parseInt(cited.group(2)));
			if (sentence.matches("(?s).*\\d[\\d,]*건.*")) {
				assertThat(figure).as("a count of complaints cites a figure: " + sentence).isTrue();
			}
			if (figure) {
				statements.add(sentence);
			}
		}
		assertThat(statements).hasSize(5);
		assertTopics(statements.get(0), rows);
		assertEmerging(statements.get(1), rows);
		assertHotspots(statements.get(2), rows);
		assertRepeats(statements.get(3));
		assertHandling(statements.get(4), rows);
	}

	/** {@code 2025년 4분기 민원 1,950건의 핵심어는 '자전거'(117건, 6%), …입니다.} */
	private static void assertTopics(String statement, List<Row> rows) {
		Matcher m = Pattern.compile("(\\d{4})년 (\\d)분기 민원 ([\\d,]+)건의 핵심어는 (.+)입니다").matcher(statement);
		assertThat(m.find()).as(statement).isTrue();
		List<Row> quarter = quarter(rows, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		assertThat(number(m.group(3))).isEqualTo(quarter.size());
		Matcher term = Pattern.compile("'(.+?)'\\(([\\d,]+)건, ([\\d.]+)%\\)").matcher(m.group(4));
		int terms = 0;
		while (term.find()) {
			long holding = quarter.stream().filter(r -> r.text().contains(term.group(1))).count();
			assertThat(number(term.group(2))).as(term.group()).isEqualTo(holding);
			assertShare(term.group(3), holding, quarter.size());
			terms++;
		}
		assertThat(terms).as(statement).isGreaterThanOrEqualTo(3);
	}

	/**
	 * {@code 2025년 4분기 민원 1,950건 중 '자전거'가 언급된 민원은 117건(6%)으로 직전 분기 0.3%, 전년 같은
	 * 분기 0.2%보다 크게 늘었습니다.}
	 */
	private static void assertEmerging(String statement, List<Row> rows) {
		Matcher m = Pattern
			.compile("(\\d{4})년 (\\d)분기 민원 ([\\d,]+)건 중 '(.+?)'[이가] 언급된 민원은 ([\\d,]+)건\\(([\\d.]+)%\\)으로 "
					+ "직전 분기 ([\\d.]+)%, 전년 같은 분기 ([\\d.]+)%")
			.matcher(statement);
		assertThat(m.find()).as(statement).isTrue();
		int year = Integer.parseInt(m.group(1));
		int q = Integer.parseInt(m.group(2));
		String term = m.group(4);
		assertThat(term).as("the planted emerging issue").isEqualTo("자전거");
		List<Row> quarter = quarter(rows, year, q);
		long holding = quarter.stream().filter(r -> r.text().contains(term)).count();
		assertThat(number(m.group(3))).isEqualTo(quarter.size());
		assertThat(number(m.group(5))).isEqualTo(holding);
		assertShare(m.group(6), holding, quarter.size());
		List<Row> before = q == 1 ? quarter(rows, year - 1, 4) : quarter(rows, year, q - 1);
		assertShare(m.group(7), before.stream().filter(r -> r.text().contains(term)).count(), before.size());
		List<Row> yearBefore = quarter(rows, year - 1, q);
		assertShare(m.group(8), yearBefore.stream().filter(r -> r.text().contains(term)).count(), yearBefore.size());
	}

	/**
	 * {@code 2025-10-01~2025-12-31 민원이 가장 많은 장소는 가람구 푸른솔로 8(환경·청소, 6건, 직전 같은 기간
	 * 0건), …입니다.}
	 */
	private static void assertHotspots(String statement, List<Row> rows) {
		Matcher m = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)~(\\d{4}-\\d\\d-\\d\\d) 민원이 가장 많은 장소는 (.+)입니다")
			.matcher(statement);
		assertThat(m.find()).as(statement).isTrue();
		LocalDate from = LocalDate.parse(m.group(1));
		LocalDate to = LocalDate.parse(m.group(2));
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		LocalDate previousFrom = from.minusDays(days);
		LocalDate previousTo = from.minusDays(1);
		Matcher place = Pattern.compile("(\\S+구) (.+?)\\((.+?), (\\d+)건, 직전 같은 기간 (\\d+)건\\)").matcher(m.group(3));
		int places = 0;
		long previousCount = Long.MAX_VALUE;
		while (place.find()) {
			String district = place.group(1);
			String spot = place.group(2);
			String field = place.group(3);
			Predicate<Row> here = r -> r.district().equals(district) && r.place().equals(spot)
					&& r.field().equals(field);
			long count = rows.stream().filter(here.and(r -> between(r, from, to))).count();
			assertThat(number(place.group(4))).as(place.group()).isEqualTo(count);
			assertThat(number(place.group(5))).as(place.group())
				.isEqualTo(rows.stream().filter(here.and(r -> between(r, previousFrom, previousTo))).count());
			assertThat(count).as("places come busiest first").isLessThanOrEqualTo(previousCount);
			previousCount = count;
			places++;
		}
		assertThat(places).as(statement).isGreaterThanOrEqualTo(1);
	}

	/**
	 * {@code … 반복 민원 묶음은 6개, 민원 47건입니다. 가장 큰 묶음은 새빛구 은행나무로 47의 소음 민원
	 * 10건(2024-02-02~2024-02-28)입니다.}: the largest planted cluster, and at least every
	 * planted one.
	 */
	private static void assertRepeats(String statement) {
		Matcher m = Pattern
			.compile("반복 민원 묶음은 (\\d+)개, 민원 ([\\d,]+)건입니다\\. 가장 큰 묶음은 (\\S+구) (.+?)의 (.+?) 민원 (\\d+)건"
					+ "\\((\\d{4}-\\d\\d-\\d\\d)~(\\d{4}-\\d\\d-\\d\\d)\\)")
			.matcher(statement);
		assertThat(m.find()).as(statement).isTrue();
		GeneratedComplaints truth = ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, true);
		PlantedCluster largest = truth.clusters()
			.stream()
			.max(Comparator.comparingInt((PlantedCluster c) -> c.rows().size())
				.thenComparing(c -> -received(truth, c.rows().getFirst()).toEpochDay()))
			.orElseThrow();
		assertThat(number(m.group(1))).isGreaterThanOrEqualTo(truth.clusters().size());
		assertThat(number(m.group(2)))
			.isGreaterThanOrEqualTo(truth.clusters().stream().mapToLong(c -> c.rows().size()).sum());
		assertThat(m.group(3)).isEqualTo(largest.district());
		assertThat(m.group(4)).isEqualTo(largest.place());
		assertThat(number(m.group(6))).isEqualTo(largest.rows().size());
		assertThat(LocalDate.parse(m.group(7))).isEqualTo(received(truth, largest.rows().getFirst()));
		assertThat(LocalDate.parse(m.group(8))).isEqualTo(received(truth, largest.rows().getLast()));
	}

	/**
	 * {@code 민원 처리일수 중앙값은 4일(90% 분위 11일, 평균 5.9일, 최대 317일)이며, 분야별로는 공원·녹지가 9일로
	 * 가장 깁니다. 분야별 기준(Q3 + 3×IQR)을 넘는 이상값은 366건입니다.}
	 */
	private static void assertHandling(String statement, List<Row> rows) {
		Matcher m = Pattern
			.compile("중앙값은 ([\\d.]+)일\\(90% 분위 ([\\d.]+)일, 평균 ([\\d.]+)일, 최대 (\\d+)일\\)이며, 분야별로는 (.+?)[이가] "
					+ "([\\d.]+)일로 가장 깁니다\\. 분야별 기준\\(Q3 \\+ 3×IQR\\)을 넘는 이상값은 ([\\d,]+)건")
			.matcher(statement);
		assertThat(m.find()).as(statement).isTrue();
		List<Row> handled = rows.stream().filter(r -> r.days() != null).toList();
		List<Double> all = handled.stream().map(r -> (double) r.days()).sorted().toList();
		assertThat(Double.parseDouble(m.group(1))).isEqualTo(percentile(all, 0.5), within(0.05));
		assertThat(Double.parseDouble(m.group(2))).isEqualTo(percentile(all, 0.9), within(0.05));
		assertThat(Double.parseDouble(m.group(3))).isEqualTo(all.stream().mapToDouble(d -> d).average().orElseThrow(),
				within(0.05));
		assertThat(number(m.group(4))).isEqualTo(all.getLast().longValue());
		Map<String, List<Double>> byField = new java.util.TreeMap<>();
		handled.forEach(r -> byField.computeIfAbsent(r.field(), k -> new ArrayList<>()).add((double) r.days()));
		byField.values().forEach(days -> days.sort(Double::compare));
		double longest = byField.values().stream().mapToDouble(days -> percentile(days, 0.5)).max().orElseThrow();
		assertThat(percentile(byField.get(m.group(5)), 0.5)).isEqualTo(longest);
		assertThat(Double.parseDouble(m.group(6))).isEqualTo(longest, within(0.05));
		long outliers = byField.values().stream().mapToLong(days -> {
			double q1 = percentile(days, 0.25);
			double q3 = percentile(days, 0.75);
			return days.stream().filter(d -> d > q3 + 3 * (q3 - q1)).count();
		}).sum();
		assertThat(number(m.group(7))).isEqualTo(outliers);
	}

	/** A share as stated, to the digits it is written with. */
	private static void assertShare(String stated, long part, long whole) {
		double share = 100.0 * part / whole;
		int decimals = stated.contains(".") ? stated.length() - stated.indexOf('.') - 1 : 0;
		assertThat(Double.parseDouble(stated)).as(part + " of " + whole)
			.isEqualTo(share, within(0.5 / Math.pow(10, decimals) + 1e-9));
	}

	/** Between closest ranks, as spreadsheets' PERCENTILE.INC. */
	private static double percentile(List<Double> sorted, double p) {
		double rank = (sorted.size() - 1) * p;
		int low = (int) Math.floor(rank);
		int high = Math.min(low + 1, sorted.size() - 1);
		return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
	}

	private static List<Row> quarter(List<Row> rows, int year, int quarter) {
		LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
		return rows.stream().filter(r -> between(r, from, from.plusMonths(3).minusDays(1))).toList();
	}

	private static boolean between(Row row, LocalDate from, LocalDate to) {
		return !row.received().isBefore(from) && !row.received().isAfter(to);
	}

	private static LocalDate received(GeneratedComplaints truth, int row) {
		return truth.complaints().stream().filter(c -> c.row() == row).findFirst().orElseThrow().received();
	}

	private static long number(String written) {
		return Long.parseLong(written.replace(",", ""));
	}

	/** One complaint as the CSV holds it. */
	private record Row(LocalDate received, String field, String district, String place, Integer days, String text) {
	}

	/**
	 * The CSV's rows after its title line and header, quoted cells read as RFC 4180 says.
	 */
	private static List<Row> rows() throws IOException {
		List<List<String>> records = csv(Files.readString(DATA));
		assertThat(records.get(1)).isEqualTo(GeneratedComplaints.HEADER);
		List<Row> rows = new ArrayList<>();
		for (List<String> r : records.subList(2, records.size())) {
			rows.add(new Row(LocalDate.parse(r.get(0)), r.get(1), r.get(2), r.get(3),
					r.get(5).isBlank() ? null : Integer.parseInt(r.get(5)), r.get(7)));
		}
		return rows;
	}

	private static List<List<String>> csv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				record.add(cell.toString().replace("\r", ""));
				cell.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !record.isEmpty()) {
			record.add(cell.toString());
			records.add(record);
		}
		return records;
	}

}
