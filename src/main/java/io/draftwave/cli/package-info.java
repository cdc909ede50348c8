/**
 * Command-line tools as plain picocli commands ({@code eval}, {@code bench}); each runs with
 * {@code new CommandLine(new EvalCommand()).execute(args)} and keeps the work in
 * {@code io.draftwave.eval}.
 */
@NullMarked
package io.draftwave.cli;

import org.jspecify.annotations.NullMarked;
