package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the fictional civil complaints of 한빛광역시 (5 districts, 2023–2025),
 * deterministic from a seed, with planted patterns and their ground truth:
 * <ul>
 * <li>one repeat-complaint cluster per district: 6–12 rephrasings of one complaint (same
 * kind, place and details) within 3–6 weeks, none in the last quarter;</li>
 * <li>one emerging issue: complaints about shared bicycles left on pavements
 * ({@code 자전거}), about 0.3% of complaints until then, add 6% of the complaints in
 * 2025-Q4.</li>
 * </ul>
 * The background has seasons (snow in Q1, mosquitoes and heat in Q3, fallen leaves in
 * Q4), about 10% more complaints each year, busier places, a few handling-time outliers
 * and open complaints at the end. A control set ({@code planted} false) is the same
 * background without the planted patterns.
 * <p>
 * To write the CSV, run {@code java -jar draftwave.jar generate-complaints [OUT]}, or
 * call
 * {@code ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, true).write(path)}.
 */
public final class ComplaintGenerator {

	/** The seed of the default data set. */
	public static final long SEED = 20260101L;

	/** The file name of the default data set. */
	public static final String FILE_NAME = "민원 접수 현황 2023-2025 (가상).csv";

	static final List<String> DISTRICTS = List.of("한빛구", "누리구", "새빛구", "가람구", "솔내구");

	static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

	private static final List<String> ROAD_NAMES = List.of("새봄", "한빛", "누리", "가람", "솔내", "별빛", "햇살", "이음", "들꽃", "바람",
			"은행나무", "다솜", "푸른솔", "시냇물", "노을", "달빛", "아침", "무지개", "참나무", "꽃샘");

	private static final List<String> LANDMARKS = List.of("초등학교", "중학교", "공원", "시장", "역", "아파트", "체육관", "도서관");

	private static final List<String> SPOTS = List.of("정문", "후문", "입구", "주차장", "담장 옆");

	private static final double EMERGING_SHARE = 0.06;

	private ComplaintGenerator() {
	}

	/**
	 * Generates about {@code rows} background complaints (plus the planted ones when
	 * {@code planted}), sorted by received day. The same arguments give the same
	 * complaints.
	 */
	public static GeneratedComplaints generate(long seed, int rows, boolean planted) {
		SplittableRandom random = new SplittableRandom(seed);
		Map<String, List<List<String>>> places = places(random);
		List<Draft> drafts = new ArrayList<>();
		int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
		for (int i = 0; i < rows; i++) {
			LocalDate day = growingDay(random, days);
			ComplaintType type = backgroundType(day, random);
			String district = ComplaintWriting.pick(DISTRICTS, random);
			String place = busyPlace(places.get(district), random);
			drafts.add(new Draft(day, district, ComplaintWriting.Core.random(type, place, random), 0.05, -1));
		}
		// the planted patterns draw from a random of their own, so the background's days,
		// kinds and
		// places are those of the control set
		SplittableRandom plantedRandom = random.split();
		if (planted) {
			plantClusters(drafts, places, plantedRandom);
			plantEmerging(drafts, places, plantedRandom);
		}
		drafts.sort(Comparator.comparing(Draft::day));
		return complete(drafts, random, planted);
	}

	private static void plantClusters(List<Draft> drafts, Map<String, List<List<String>>> places,
			SplittableRandom random) {
		List<ComplaintType> kinds = ComplaintTypes.ALL.stream().filter(t -> t.season() == 0).toList();
		for (int d = 0; d < DISTRICTS.size(); d++) {
			String district = DISTRICTS.get(d);
			ComplaintType type = kinds.get((d * 3 + random.nextInt(3)) % kinds.size());
			String place = ComplaintWriting.pick(places.get(district).get(random.nextInt(8)), random);
			ComplaintWriting.Core core = ComplaintWriting.Core.random(type, place, random);
			LocalDate start = FIRST_DAY.plusDays(d * 190L + random.nextInt(60));
			int span = random.nextInt(21, 43);
			int size = random.nextInt(6, 13);
			for (int i = 0; i < size; i++) {
				drafts.add(new Draft(start.plusDays(random.nextInt(span)), district, core, 0.6, d));
			}
		}
	}

	private static void plantEmerging(List<Draft> drafts, Map<String, List<List<String>>> places,
			SplittableRandom random) {
		LocalDate quarter = LocalDate.of(2025, 10, 1);
		long inQuarter = drafts.stream().filter(d -> !d.day().isBefore(quarter)).count();
		long extra = Math.round(inQuarter * EMERGING_SHARE);
		for (int i = 0; i < extra; i++) {
			String district = ComplaintWriting.pick(DISTRICTS, random);
			String place = busyPlace(places.get(district), random);
			drafts.add(new Draft(quarter.plusDays(random.nextInt(92)), district,
					ComplaintWriting.Core.random(ComplaintTypes.EMERGING, place, random), 0.05, -1));
		}
	}

	private static GeneratedComplaints complete(List<Draft> drafts, SplittableRandom random, boolean planted) {
		List<Complaint> complaints = new ArrayList<>();
		Map<Integer, List<Integer>> clusterRows = new HashMap<>();
		Map<Integer, Draft> clusterDrafts = new HashMap<>();
		for (Draft draft : drafts) {
			int row = complaints.size() + 1;
			ComplaintType type = draft.core().type();
			Handling handling = handling(type, draft.day(), random);
			complaints.add(new Complaint(row, draft.day(), type.field(), draft.district(), draft.core().place(),
					type.department(), handling.days(), handling.status(),
					ComplaintWriting.write(draft.core(), random, draft.repeatChance())));
			if (draft.cluster() >= 0) {
				clusterRows.computeIfAbsent(draft.cluster(), k -> new ArrayList<>()).add(row);
				clusterDrafts.put(draft.cluster(), draft);
			}
		}
		List<PlantedCluster> clusters = clusterRows.keySet()
			.stream()
			.sorted()
			.map(k -> new PlantedCluster(clusterDrafts.get(k).district(), clusterDrafts.get(k).core().place(),
					clusterDrafts.get(k).core().type().name(), clusterRows.get(k)))
			.toList();
		return new GeneratedComplaints(complaints, clusters, planted ? ComplaintTypes.EMERGING_TERM : null,
				planted ? "2025-Q4" : null);
	}

	/**
	 * 처리완료 after about the kind's median days (one in a hundred takes 5–15 times as
	 * long), 이첩 or 취하 now and then, 처리중 when the days would run past the end.
	 */
	private static Handling handling(ComplaintType type, LocalDate day, SplittableRandom random) {
		double factor = Math.exp(0.6 * gaussian(random));
		if (random.nextDouble() < 0.01) {
			factor *= random.nextInt(5, 16);
		}
		int days = Math.max(1, (int) Math.round(type.medianDays() * factor));
		if (day.plusDays(days).isAfter(LAST_DAY)) {
			return new Handling(null, "처리중");
		}
		double r = random.nextDouble();
		return new Handling(days, r < 0.05 ? "이첩" : r < 0.08 ? "취하" : "처리완료");
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	/** A day from 2023 to 2025, each year about 10% busier than the one before. */
	private static LocalDate growingDay(SplittableRandom random, int days) {
		while (true) {
			LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
			double weight = 1 + 0.1 * (day.getYear() - FIRST_DAY.getYear());
			if (random.nextDouble() * 1.2 < weight) {
				return day;
			}
		}
	}

	private static ComplaintType backgroundType(LocalDate day, SplittableRandom random) {
		int quarter = (day.getMonthValue() - 1) / 3 + 1;
		if (random.nextDouble() < 0.003) {
			return ComplaintTypes.EMERGING;
		}
		while (true) {
			ComplaintType type = ComplaintWriting.pick(ComplaintTypes.ALL, random);
			double weight = type.season() == 0 ? 1 : type.season() == quarter ? 1 : 1 / 3.0;
			if (random.nextDouble() < weight) {
				return type;
			}
		}
	}

	/**
	 * Places of each district, from busiest to quietest area: 8 roads with 15 house
	 * numbers each ({@code 새봄로 112}) and 4 landmarks with 5 spots each
	 * ({@code 별빛초등학교 정문}).
	 */
	private static Map<String, List<List<String>>> places(SplittableRandom random) {
		Map<String, List<List<String>>> places = new HashMap<>();
		for (int d = 0; d < DISTRICTS.size(); d++) {
			List<List<String>> areas = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String name = ROAD_NAMES.get((d * 4 + i) % ROAD_NAMES.size());
				List<String> spots = new ArrayList<>();
				if (i < 8) {
					String road = name + (i % 2 == 0 ? "로 " : "길 ");
					random.ints(1, 300).distinct().limit(15).forEach(n -> spots.add(road + n));
				}
				else {
					String landmark = name + LANDMARKS.get((d + i) % LANDMARKS.size());
					SPOTS.forEach(spot -> spots.add(landmark + " " + spot));
				}
				areas.add(List.copyOf(spots));
			}
			places.put(DISTRICTS.get(d), List.copyOf(areas));
		}
		return places;
	}

	/** A place of the district: busier areas more often, spots within an area evenly. */
	private static String busyPlace(List<List<String>> areas, SplittableRandom random) {
		List<String> spots = areas.get((int) (areas.size() * Math.pow(random.nextDouble(), 1.4)));
		return ComplaintWriting.pick(spots, random);
	}

	private record Draft(LocalDate day, String district, ComplaintWriting.Core core, double repeatChance, int cluster) {
	}

	private record Handling(Integer days, String status) {
	}

}
