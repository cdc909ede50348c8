package io.draftwave.tables;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Answers questions over the tables with figures Draftwave computes itself. A question
 * becomes a plan offline ({@link QuestionPlanner}); a plan becomes SQL with quoted
 * identifiers and bound values, run read-only. With a {@link PlanProposer} (a language
 * model), the proposer is asked when the offline planner would ask back or finds no
 * table: its plan is used when it passes every check against its table and finds data; a
 * refused, empty or failed proposal, or one that finds no data, leaves the offline
 * planner's clarification or "no table" answer. A question the offline planner answers
 * never waits for the model. Without a proposer the answers are exactly the offline
 * planner's. Thread-safe.
 */
public final class Analyses {

	private final Tables tables;

	private final PlanRunner runner;

	private final @Nullable ProposedPlans proposals;

	/** Analyses planned offline only. */
	public Analyses(Tables tables) {
		this(tables, null);
	}

	/**
	 * Analyses that ask {@code proposer} for a plan before planning offline.
	 * @param proposer the proposer, or null to plan offline only
	 */
	public Analyses(Tables tables, @Nullable PlanProposer proposer) {
		this.tables = tables;
		this.runner = new PlanRunner(tables);
		this.proposals = proposer == null ? null : new ProposedPlans(proposer, tables, runner);
	}

	/**
	 * Answers a question.
	 * @param question the question, Korean or English
	 * @param language {@code ko} or {@code en} for the words of the answer; null to
	 * follow the question (Korean when it has Hangul)
	 * @param tableIds the tables to consider; empty for all
	 * @return an {@link Analysis}, or a {@link Clarification} or {@link NoTable} instead
	 * of a guess. The offline planner answers first; only when it would ask back or finds
	 * no table is the proposer (if any) asked, and the call then waits for it (as long as
	 * its time limit), so a question the offline planner answers never waits for a model
	 */
	public Answer ask(String question, String language, Collection<String> tableIds) {
		boolean korean = language == null ? question.chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3)
				: language.startsWith("ko");
		List<TableCard> cards = tables.cards()
			.stream()
			.filter(c -> tableIds.isEmpty() || tableIds.contains(c.table().tableId()))
			.toList();
		Answer offline = offline(question, korean, cards);
		// the offline plan is deterministic and costs milliseconds; a model is asked only
		// for a question the offline planner would ask back or find no table for
		if (offline instanceof Analysis || proposals == null || cards.isEmpty()) {
			return offline;
		}
		return proposals.answer(question, korean, cards).<Answer>map(a -> a).orElse(offline);
	}

	private Answer offline(String question, boolean korean, List<TableCard> cards) {
		QuestionPlanner.Outcome outcome = new QuestionPlanner(cards).plan(question, korean);
		return switch (outcome) {
			case QuestionPlanner.Unplanned u -> u.answer();
			case QuestionPlanner.Planned p -> {
				try {
					yield runner.run(question, p.card().table(), p.plan(), korean);
				}
				catch (PlanRunner.MissingData ex) {
					yield new Clarification(question, p.card().table(), ex.getMessage(), List.of());
				}
			}
		};
	}

	/**
	 * Runs a plan, such as one a language model proposed: its columns and values are
	 * checked against the table first.
	 * @throws TableException when the plan names an unknown table or column, or a value
	 * of the wrong type, or is a {@link Plan.Computed} (computed outside SQL by the
	 * capability that made it, never run here)
	 */
	public Analysis run(Plan plan, String language) {
		if (plan instanceof Plan.Computed computed) {
			throw new TableException(
					"the plan " + computed.method() + " is computed by its own capability, not run here");
		}
		TableInfo table = tables.get(plan.tableId())
			.orElseThrow(() -> new TableException("no table " + plan.tableId()));
		boolean korean = language == null || language.startsWith("ko");
		return runner.run(new Wording(table, korean).describe(plan), table, plan, korean);
	}

}
