package io.draftwave.tables;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question from a {@link PlanProposer}'s plan when the plan fits its table and
 * computes a result; otherwise says nothing, logging why, and the offline planner
 * answers. The proposer sees at most {@value #MAX_CARDS} candidate tables, those sharing
 * most with the question first (the offline planner's score, ties in list order). The
 * question itself is never logged.
 */
final class ProposedPlans {

	/** The most table cards a proposer is shown. */
	static final int MAX_CARDS = 8;

	private static final Logger log = LoggerFactory.getLogger(ProposedPlans.class);

	private final PlanProposer proposer;

	private final ProposalCheck check;

	private final PlanRunner runner;

	ProposedPlans(PlanProposer proposer, Tables tables, PlanRunner runner) {
		this.proposer = proposer;
		this.check = new ProposalCheck(tables);
		this.runner = runner;
	}

	Optional<Analysis> answer(String question, boolean korean, List<TableCard> cards) {
		return plan(question, korean, candidates(question, cards)).flatMap(planned -> run(question, planned, korean));
	}

	private Optional<QuestionPlanner.Planned> plan(String question, boolean korean, List<TableCard> candidates) {
		Optional<PlanProposal> proposal;
		try {
			proposal = proposer.propose(question, korean ? "ko" : "en", candidates);
		}
		catch (RuntimeException ex) {
			log.warn("No plan was proposed, planning offline: {}", ex.getMessage());
			return Optional.empty();
		}
		if (proposal.isEmpty()) {
			log.info("The proposer saw no plan for the question, planning offline");
			return Optional.empty();
		}
		try {
			return Optional.of(check.check(proposal.get(), candidates));
		}
		catch (TableException ex) {
			log.warn("Refused the proposed {} plan, planning offline: {}", proposal.get().operation(), ex.getMessage());
			return Optional.empty();
		}
	}

	private Optional<Analysis> run(String question, QuestionPlanner.Planned planned, boolean korean) {
		try {
			return Optional.of(runner.run(question, planned.card().table(), planned.plan(), korean));
		}
		catch (PlanRunner.MissingData ex) {
			log.info("The proposed plan found no data ({}), planning offline", ex.getMessage());
		}
		catch (TableException ex) {
			log.warn("The proposed plan did not run, planning offline: {}", ex.getMessage());
		}
		return Optional.empty();
	}

	static List<TableCard> candidates(String question, List<TableCard> cards) {
		if (cards.size() <= MAX_CARDS) {
			return cards;
		}
		QuestionWords q = new QuestionWords(question);
		return cards.stream()
			.sorted(Comparator.comparingInt((TableCard card) -> QuestionPlanner.score(card, q).score()).reversed())
			.limit(MAX_CARDS)
			.toList();
	}

}
