/**
 * Command-line tasks of the packaged jar: ingest a folder, search, rebuild the index,
 * evaluate retrieval and benchmark it, all without starting the web server. Each command
 * is a thin picocli class over a capability; commands that need the stores start a Spring
 * context without a web server ({@link io.draftwave.cli.OfflineContext}).
 */
@NullMarked
package io.draftwave.cli;

import org.jspecify.annotations.NullMarked;
