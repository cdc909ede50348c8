package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.draftwave.complaints.ComplaintTable.Role;
import io.draftwave.corpus.format.FreeTextCells;
import io.draftwave.tables.Column;
import io.draftwave.tables.ColumnType;
import io.draftwave.tables.TableInfo;

/**
 * Finds the role of each column of a table by its name (Korean and English, compared
 * without spaces, underscores and case) and by its content. A keyword of one syllable
 * ({@code 구}, {@code 동}) must be the whole name; longer ones may be part of it, so
 * {@code 민원 내용} is a text by {@code 내용} and {@code 구분} is not a district.
 */
final class ComplaintColumns {

	/** Rows read to recognise a table. */
	static final int SAMPLE = 200;

	/**
	 * The least average length of a text column, in characters: the free-text columns
	 * whose personal data was masked as the table was read, and no others.
	 */
	static final double MIN_TEXT_LENGTH = FreeTextCells.MIN_AVERAGE_LENGTH;

	private static final List<String> TEXT = List.of("민원내용", "내용", "요지", "본문", "민원요지", "text", "content", "description",
			"complaint", "body", "details", "summary");

	private static final List<String> RECEIVED = List.of("접수", "신청", "등록", "작성", "received", "created", "opened",
			"reported", "submitted");

	private static final List<String> ANY_DATE = List.of("일자", "날짜", "date", "day");

	private static final List<String> CLOSED = List.of("처리", "완료", "종결", "회신", "closed", "resolved", "completed");

	private static final Map<Role, List<String>> NAMES = Map.of(Role.HANDLING_DAYS,
			List.of("처리일수", "처리기간", "소요일", "소요기간", "처리일", "handlingdays", "daystoclose", "duration", "resolutiondays",
					"days"),
			Role.STATUS, List.of("처리상태", "진행상태", "상태", "처리결과", "status", "state"), Role.DEPARTMENT,
			List.of("부서", "담당", "처리기관", "department", "dept", "agency", "office"), Role.DISTRICT,
			List.of("자치구", "구", "시군구", "행정구", "행정동", "동", "지역", "district", "ward", "borough", "region"), Role.PLACE,
			List.of("장소", "위치", "주소", "지점", "도로명", "지번", "place", "location", "address", "site", "street"),
			Role.LATITUDE, List.of("위도", "lat", "latitude"), Role.LONGITUDE, List.of("경도", "lon", "lng", "longitude"),
			Role.FIELD, List.of("분야", "유형", "분류", "카테고리", "민원유형", "업무", "category", "type", "field", "topic"));

	/** The order in which roles take their columns: the most specific names first. */
	private static final List<Role> ORDER = List.of(Role.HANDLING_DAYS, Role.STATUS, Role.DEPARTMENT, Role.LATITUDE,
			Role.LONGITUDE, Role.DISTRICT, Role.PLACE, Role.FIELD);

	private ComplaintColumns() {
	}

	static Optional<Map<Role, Column>> recognise(TableInfo table, List<List<Object>> sample) {
		Map<Role, Column> roles = new EnumMap<>(Role.class);
		Optional<Column> text = textColumn(table, sample);
		Optional<Column> received = receivedColumn(table);
		if (text.isEmpty() || received.isEmpty()) {
			return Optional.empty();
		}
		roles.put(Role.TEXT, text.get());
		roles.put(Role.RECEIVED, received.get());
		for (Role role : ORDER) {
			Predicate<Column> typed = switch (role) {
				case HANDLING_DAYS, LATITUDE, LONGITUDE -> c -> c.type().isNumeric();
				default -> c -> c.type() == ColumnType.TEXT;
			};
			table.columns()
				.stream()
				.filter(c -> !roles.containsValue(c) && typed.test(c) && named(c, NAMES.get(role)))
				.findFirst()
				.ifPresent(c -> roles.put(role, c));
		}
		return Optional.of(roles);
	}

	/**
	 * A text column named like one whose values average at least {@link #MIN_TEXT_LENGTH}
	 * characters and are mostly distinct; else the one with the longest values, if they
	 * average half as much again.
	 */
	private static Optional<Column> textColumn(TableInfo table, List<List<Object>> sample) {
		List<Column> candidates = new ArrayList<>();
		Column longest = null;
		double longestLength = 0;
		for (int i = 0; i < table.columns().size(); i++) {
			Column column = table.columns().get(i);
			if (column.type() != ColumnType.TEXT) {
				continue;
			}
			int index = i;
			List<String> values = sample.stream()
				.map(r -> r.get(index))
				.filter(v -> v != null)
				.map(Object::toString)
				.toList();
			double length = values.stream().mapToInt(String::length).average().orElse(0);
			boolean distinct = new HashSet<>(values).size() >= 0.5 * values.size();
			if (length >= MIN_TEXT_LENGTH && distinct) {
				candidates.add(column);
				if (length > longestLength) {
					longest = column;
					longestLength = length;
				}
			}
		}
		Optional<Column> named = candidates.stream().filter(c -> named(c, TEXT)).findFirst();
		return named.isPresent() || longestLength < 1.5 * MIN_TEXT_LENGTH ? named : Optional.ofNullable(longest);
	}

	/**
	 * The date column named as received, else one named as a date but not as closing,
	 * else the first date column.
	 */
	private static Optional<Column> receivedColumn(TableInfo table) {
		List<Column> dates = table.columns().stream().filter(c -> c.type() == ColumnType.DATE).toList();
		return dates.stream()
			.filter(c -> named(c, RECEIVED))
			.findFirst()
			.or(() -> dates.stream().filter(c -> named(c, ANY_DATE) && !named(c, CLOSED)).findFirst())
			.or(() -> dates.stream().findFirst());
	}

	static boolean named(Column column, List<String> keywords) {
		String name = normalise(column.label().isEmpty() ? column.name() : column.label());
		return keywords.stream().anyMatch(k -> name.equals(k) || (k.length() > 1 && name.contains(k)));
	}

	private static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.()/·]", "");
	}

}
