package io.draftwave.tables;

import java.util.List;
import java.util.Optional;

/**
 * Proposes a plan for a question, as a language model can where the offline
 * {@link QuestionPlanner} finds no words in common with a table. {@link Analyses} asks it
 * when one is configured and the offline planner would ask back or finds no table, and
 * checks the proposal strictly against the table before anything runs; a refused
 * proposal, an empty one, or a proposer that fails leaves the offline planner's answer. A
 * proposer only proposes: it never answers, asks back or says that no table fits. Such
 * answers ({@link Clarification}, {@link NoTable}) name the table's own values in the
 * question's language and stay with the offline planner, so they read the same with or
 * without a model.
 */
public interface PlanProposer {

	/**
	 * A plan for the question over one of the cards' tables.
	 * @param question the question as asked (personal data not yet masked)
	 * @param language {@code ko} or {@code en}, the language of the answer
	 * @param cards the candidate tables, most likely first; the proposal must name one of
	 * them
	 * @return the proposal, or empty when the proposer sees no plan for the question
	 * @throws RuntimeException when the proposer fails; it should give up within a few
	 * seconds, as the question waits for it
	 */
	Optional<PlanProposal> propose(String question, String language, List<TableCard> cards);

}
