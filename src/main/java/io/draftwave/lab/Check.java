package io.draftwave.lab;

import io.draftwave.corpus.Language;

/**
 * One check of an exercise's test case: something a good draft does, judged on a cell's
 * {@link Attempt} with a pass or fail and a reason a trainee understands, in the
 * exercise's language (Korean or English). Checks are immutable and thread-safe.
 * <p>
 * Types as trainers write them in an exercise file: {@code contains},
 * {@code not-contains}, {@code regex}, {@code sections}, {@code language},
 * {@code length}, {@code citations}, {@code supported}, {@code cites},
 * {@code no-personal-data}, {@code latency} (see {@link TextChecks} and
 * {@link SourceChecks}).
 */
public sealed interface Check permits TextChecks.Contains, TextChecks.NotContains, TextChecks.Matches,
		TextChecks.Sections, TextChecks.InLanguage, TextChecks.Length, SourceChecks.CitationsValid,
		SourceChecks.Supported, SourceChecks.Cites, SourceChecks.NoPersonalData, SourceChecks.Latency, Check.Described {

	/** The type's name, as written in exercise files. */
	String type();

	/** What the check asks for, in the language. */
	String description(Language language);

	/** Judges one attempt. */
	boolean passes(Attempt attempt);

	/** Why the attempt passed or failed, in the attempt's language. */
	String reason(Attempt attempt);

	/** Judges one attempt, with its reason. */
	default CheckResult evaluate(Attempt attempt) {
		boolean passed = passes(attempt);
		return new CheckResult(type(), description(attempt.language()), passed, reason(attempt));
	}

	/** A check with a trainer's own description instead of the generated one. */
	record Described(Check check, String text) implements Check {

		@Override
		public String type() {
			return check.type();
		}

		@Override
		public String description(Language language) {
			return text;
		}

		@Override
		public boolean passes(Attempt attempt) {
			return check.passes(attempt);
		}

		@Override
		public String reason(Attempt attempt) {
			return check.reason(attempt);
		}

	}

}
