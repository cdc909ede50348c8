package io.draftwave.web;

import io.draftwave.corpus.StoreWork;
import io.draftwave.tables.TableCard;
import io.draftwave.tables.TableException;
import io.draftwave.tables.Tables;
import io.draftwave.web.TableViews.RowsPage;
import io.draftwave.web.TableViews.TableDetail;
import io.draftwave.web.TableViews.TableList;
import io.draftwave.web.TableViews.TableView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The typed tables read from the CSV, TSV and XLSX documents: the list, one table with
 * what its columns hold, and its rows a page at a time. DuckDB is read on the store's
 * threads ({@link StoreWork}), which a client that goes away never interrupts; the tables
 * database is opened by the first request that needs it.
 */
@RestController
class TableController {

	/** Rows a page holds when the request does not say. */
	static final int DEFAULT_LIMIT = 50;

	/** Most rows a page may hold. */
	static final int MAX_LIMIT = 1000;

	private final ObjectProvider<Tables> tables;

	private final StoreWork work;

	TableController(ObjectProvider<Tables> tables, StoreWork work) {
		this.tables = tables;
		this.work = work;
	}

	@Operation(summary = "List the tables read from the documents",
			description = "Every table by document and position in the document, with typed columns and units.")
	@GetMapping("/api/tables")
	Mono<TableList> listTables() {
		return work.call(() -> new TableList(tables.getObject().list().stream().map(TableView::of).toList()));
	}

	@Operation(summary = "One table with what its columns hold",
			description = "Value ranges of number, year and date columns and the distinct values of category columns.")
	@GetMapping("/api/tables/{tableId}")
	Mono<TableDetail> findTable(@PathVariable String tableId) {
		return work.call(() -> card(tableId)).map(TableDetail::of);
	}

	@Operation(summary = "A page of a table's rows", description = "Rows in table order; empty past the end.")
	@GetMapping("/api/tables/{tableId}/rows")
	Mono<RowsPage> listRows(@PathVariable String tableId,
			@Parameter(description = "rows skipped, 0 or more") @RequestParam(defaultValue = "0") long offset,
			@Parameter(description = "rows in the page, 1.." + MAX_LIMIT) @RequestParam(
					defaultValue = "" + DEFAULT_LIMIT) int limit) {
		if (offset < 0) {
			throw new InvalidRequestException("'offset' must be 0 or more, not " + offset);
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("'limit' must be between 1 and " + MAX_LIMIT + ", not " + limit);
		}
		return work.call(() -> {
			Tables all = tables.getObject();
			try {
				return RowsPage.of(all.rows(tableId, offset, limit), limit);
			}
			catch (TableException ex) {
				if (all.get(tableId).isEmpty()) {
					throw new TableNotFoundException(tableId);
				}
				throw ex;
			}
		});
	}

	private TableCard card(String tableId) {
		return tables.getObject()
			.cards()
			.stream()
			.filter(c -> c.table().tableId().equals(tableId))
			.findFirst()
			.orElseThrow(() -> new TableNotFoundException(tableId));
	}

}
