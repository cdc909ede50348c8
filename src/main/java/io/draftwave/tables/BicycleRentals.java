package io.draftwave.tables;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A larger variant of the fictional bicycle rentals of
 * {@code scripts/generate_bicycle_rentals.py}, for the benchmark only: the same columns,
 * districts, days (2023-2025), seasons, weekend and yearly growth, with more stations per
 * district, so the same questions have answers. Rows are made when read, from a fixed
 * seed and the row's number, so a table of ten million rows needs no file and no heap; it
 * is stored like a shaped table (appender, metadata) without the CSV reading and shaping,
 * which hold a whole file in memory. The figures differ from the script's.
 */
final class BicycleRentals {

	static final long SEED = 20251231L;

	static final List<String> DISTRICTS = List.of("한빛구", "누리구", "새빛구", "가람구", "솔내구");

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

	private BicycleRentals() {
	}

	/**
	 * Whole days of all stations, at least {@code rows} rows: 10,000,000 gives 1,825
	 * stations per district and 10,001,000 rows.
	 * @param columns the columns of the script's table as shaped (date, district,
	 * station, rentals, returns, minutes)
	 */
	static ShapedTable generate(String documentId, List<Column> columns, long rows) {
		List<ColumnType> types = columns.stream().map(Column::type).toList();
		if (!types.equals(List.of(ColumnType.DATE, ColumnType.TEXT, ColumnType.TEXT, ColumnType.INTEGER,
				ColumnType.INTEGER, ColumnType.DECIMAL))) {
			throw new TableException("not the bicycle rentals' columns: " + columns);
		}
		int perDistrict = (int) Math.max(1,
				(rows + (long) DAYS * DISTRICTS.size() - 1) / ((long) DAYS * DISTRICTS.size()));
		int stations = perDistrict * DISTRICTS.size();
		String[] names = new String[stations];
		int[] bases = new int[stations];
		SplittableRandom random = new SplittableRandom(SEED);
		for (int s = 0; s < stations; s++) {
			int d = s / perDistrict;
			names[s] = "%s 제%04d대여소".formatted(DISTRICTS.get(d), s % perDistrict + 1);
			bases[s] = random.nextInt(300, 1501) + 30 * (DISTRICTS.size() - d);
		}
		int size = Math.toIntExact((long) stations * DAYS);
		List<Object[]> data = new AbstractList<>() {

			@Override
			public Object[] get(int index) {
				return row(index, stations, perDistrict, names, bases);
			}

			@Override
			public int size() {
				return size;
			}

		};
		List<Boolean> totals = new AbstractList<>() {

			@Override
			public Boolean get(int index) {
				return Boolean.FALSE;
			}

			@Override
			public int size() {
				return size;
			}

		};
		RawTable raw = new RawTable(documentId, "공공자전거 일별 대여 현황 2023-2025 (" + size + " rows)", "generated", List.of());
		return new ShapedTable(raw, columns, data, totals);
	}

	private static Object[] row(int index, int stations, int perDistrict, String[] names, int[] bases) {
		LocalDate day = FIRST_DAY.plusDays(index / stations);
		int station = index % stations;
		String district = DISTRICTS.get(station / perDistrict);
		SplittableRandom random = new SplittableRandom(SEED + index);
		if (random.nextDouble() < 0.004) {
			return new Object[] { day, district, names[station], null, null, null };
		}
		int month = day.getMonthValue();
		double season = 1.0 + (month == 4 || month == 5 || month == 6 || month == 9 || month == 10 ? 0.35 : 0)
				- (month == 12 || month == 1 || month == 2 ? 0.3 : 0);
		double weekend = day.getDayOfWeek().getValue() >= 6 ? 1.2 : 1.0;
		double growth = 1.0 + 0.06 * (day.getYear() - 2023);
		long rentals = Math.max(0,
				Math.round(bases[station] * season * weekend * growth * random.nextDouble(0.7, 1.3)));
		long returns = Math.max(0, rentals + random.nextInt(-15, 16));
		double minutes = Math.round(random.nextDouble(12.0, 38.0) * 10) / 10.0;
		return new Object[] { day, district, names[station], rentals, returns, minutes };
	}

}
