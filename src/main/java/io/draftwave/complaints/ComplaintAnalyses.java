package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.draftwave.complaints.ComplaintTable.Role;
import io.draftwave.search.ContentWords;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.tables.TableCard;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.Tables;
import org.jspecify.annotations.Nullable;

/**
 * Complaint analysis over the stored tables: which tables hold complaints
 * ({@link #list()}), and one analysis of one of them ({@link #analyse}), answered with
 * figures ready to cite and the details a page shows. Example:
 * {@code analyse(ComplaintQuery.of(tableId, "emerging", null, null, null, null, "ko", Map.of()))}
 * gives one figure stating {@code 2025년 4분기 민원 1,950건 중 '자전거'가 언급된 민원은 117건(6%)으로 …} with
 * a line chart of its quarterly share, and the emerging nouns with their shares.
 * <p>
 * The complaints of a table are read, masked and analysed into Nori nouns once: the
 * result is kept for the {@value #CACHED_TABLES} tables used last, by table id and row
 * count, so a second analysis of the same table (another analysis, other filters) starts
 * from memory, and a table loaded again with other rows is read again. Blocking (it reads
 * DuckDB and runs Nori); thread-safe, and a table is read once even when several analyses
 * ask for it together.
 */
public final class ComplaintAnalyses {

	/** Tables whose analysed complaints are kept in memory. */
	public static final int CACHED_TABLES = 4;

	private final Tables tables;

	private final ContentWords words;

	private final KoreanPiiMasker masker;

	private final Map<Key, Prepared> prepared = new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
			return size() > CACHED_TABLES;
		}

	};

	public ComplaintAnalyses(Tables tables) {
		this(tables, new ContentWords(), new KoreanPiiMasker());
	}

	ComplaintAnalyses(Tables tables, ContentWords words, KoreanPiiMasker masker) {
		this.tables = tables;
		this.words = words;
		this.masker = masker;
	}

	/**
	 * The complaint tables among the stored tables, in {@link Tables#list()} order, with
	 * the values of their filters (fields, districts and departments of up to
	 * {@value TableCard#MAX_CATEGORY_VALUES} values each, the received days' range), read
	 * from the tables' cards without reading every row.
	 */
	public List<ComplaintTableFacts> list() {
		List<ComplaintTableFacts> found = new ArrayList<>();
		for (ComplaintTable table : ComplaintTable.find(tables)) {
			TableCard card = tables.cards()
				.stream()
				.filter(c -> c.table().tableId().equals(table.table().tableId()))
				.findFirst()
				.orElseThrow();
			found.add(facts(table, card));
		}
		return found;
	}

	/**
	 * Runs one analysis on the complaints of the query's table that meet its filters.
	 * @throws ComplaintTableException when no table has the id, or the table is no
	 * complaint table
	 */
	public ComplaintFindings analyse(ComplaintQuery query) {
		Prepared table = prepare(query.tableId());
		ComplaintTerms all = table.terms();
		LocalDate first = all.complaints().stream().map(Complaint::received).min(LocalDate::compareTo).orElse(null);
		LocalDate last = all.complaints().stream().map(Complaint::received).max(LocalDate::compareTo).orElse(null);
		FigureMaker maker = new FigureMaker(table.table(), query, first == null ? LocalDate.now() : first,
				last == null ? LocalDate.now() : last);
		ComplaintTableFacts facts = facts(table.table(),
				tables.cards()
					.stream()
					.filter(c -> c.table().tableId().equals(query.tableId()))
					.findFirst()
					.orElseThrow(() -> ComplaintTableException.missing(query.tableId())));
		return new ComplaintRun(query, maker, facts).run(all);
	}

	/**
	 * The table's complaints with their masked texts and nouns, read once per table and
	 * size.
	 */
	ComplaintTerms terms(String tableId) {
		return prepare(tableId).terms();
	}

	private Prepared prepare(String tableId) {
		TableInfo info = tables.get(tableId).orElseThrow(() -> ComplaintTableException.missing(tableId));
		Prepared entry;
		synchronized (prepared) {
			entry = prepared.computeIfAbsent(new Key(tableId, info.rows()), k -> new Prepared(info));
		}
		return entry;
	}

	private ComplaintTableFacts facts(ComplaintTable table, TableCard card) {
		Map<Role, String> names = table.columnNames();
		List<Object> range = Optional.ofNullable(card.ranges().get(names.get(Role.RECEIVED))).orElse(List.of());
		return new ComplaintTableFacts(table.table().tableId(), table.table().documentId(), table.table().title(),
				table.table().rows(), names, values(card, names.get(Role.FIELD)),
				values(card, names.get(Role.DISTRICT)), values(card, names.get(Role.DEPARTMENT)),
				range.size() == 2 && range.get(0) instanceof LocalDate d ? d : null,
				range.size() == 2 && range.get(1) instanceof LocalDate d ? d : null);
	}

	private static List<String> values(TableCard card, @Nullable String column) {
		if (column == null) {
			return List.of();
		}
		return card.values().getOrDefault(column, List.of()).stream().sorted().toList();
	}

	private record Key(String tableId, long rows) {
	}

	/**
	 * A table's complaints, read and analysed by the first caller; later ones wait for
	 * it.
	 */
	private final class Prepared {

		private final TableInfo info;

		private @Nullable ComplaintTable table;

		private @Nullable ComplaintTerms terms;

		Prepared(TableInfo info) {
			this.info = info;
		}

		synchronized ComplaintTable table() {
			load();
			return table;
		}

		synchronized ComplaintTerms terms() {
			load();
			return terms;
		}

		private void load() {
			if (terms != null) {
				return;
			}
			List<List<Object>> sample = tables.rows(info.tableId(), 0, ComplaintColumns.SAMPLE).rows();
			ComplaintTable recognised = ComplaintTable.recognise(info, sample)
				.orElseThrow(() -> ComplaintTableException.notComplaints(info.tableId(), info.title()));
			terms = ComplaintTerms.of(recognised.complaints(tables), words, masker);
			table = recognised;
		}

	}

}
