/**
 * Tables: every CSV/TSV file and XLSX sheet (and, through {@link io.draftwave.tables.RawTable},
 * any table another parser finds) becomes a typed table in an embedded DuckDB database, so
 * figures are computed exactly instead of read from text.
 */
@NullMarked
package io.draftwave.tables;

import org.jspecify.annotations.NullMarked;
