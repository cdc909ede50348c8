/**
 * Tables: every CSV/TSV file and XLSX sheet, and every table with figures inside an HTML,
 * DOCX, HWPX or HWP document, becomes a typed table, so figures are computed exactly
 * instead of read from text. Pipeline: {@code TableFiles} reads cells (the corpus parsers
 * hand over the tables inside documents, which {@code DocumentTables} turns into
 * {@link io.draftwave.tables.RawTable}s), {@code TableShaper} finds the header below
 * title lines, merges two header rows, types the columns and flags total rows,
 * {@code TableStore} keeps one SQL table per table and, per document, the version of the
 * extraction that read it, so {@code TableCatchUp} loads at start the tables of stored
 * documents that an older version (or none) read; {@code QuestionPlanner} turns a
 * question into a {@link io.draftwave.tables.Plan}, {@code PlanSql} turns the plan into
 * SQL, {@code PlanRunner} runs it and {@code Wording} states the result. A
 * {@link io.draftwave.tables.PlanProposer} (a language model, configured elsewhere) is
 * asked for a plan when the offline planner would ask back or finds no table, so a
 * question answered offline never waits for a model; its
 * {@link io.draftwave.tables.PlanProposal}: {@code ProposalCheck} checks every name and
 * value against the table and refuses what does not fit, naming the field;
 * {@code ProposedPlans} then runs it or leaves the question to the offline planner. A
 * proposal is data, never SQL.
 *
 * <p>
 * Public API: {@link io.draftwave.tables.Tables} ({@code open(dataDir)}, {@code load},
 * {@code remove(documentId)}, {@code list}, {@code get}, {@code rows(id, offset, limit)},
 * {@code cards}), {@link io.draftwave.tables.Analyses}
 * ({@code ask(question, language, tableIds)} → {@link io.draftwave.tables.Analysis},
 * {@link io.draftwave.tables.Clarification} or {@link io.draftwave.tables.NoTable};
 * {@code run(plan, language)} for a plan proposed elsewhere) and
 * {@link io.draftwave.tables.Charts} ({@code png}, {@code svg}).
 *
 * <p>
 * The database is DuckDB (embedded in the process like H2, no server): it is columnar, so
 * aggregates over a 100,000-row table scan only the columns they need; its SQL is exact
 * (integer sums stay integers, decimals are not floated by the driver's whim); it reads
 * Korean headers and types correctly; and a connection can be opened read-only, which is
 * where every analysis runs.
 */
@NullMarked
package io.draftwave.tables;

import org.jspecify.annotations.NullMarked;
