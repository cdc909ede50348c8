package io.draftwave.web;

import io.draftwave.corpus.Language;
import io.draftwave.tables.Answer;
import io.draftwave.tables.Clarification;
import io.draftwave.tables.NoTable;

/**
 * A question over the tables that was not answered, rather than guessed: no table holds
 * what it asks ({@link NoTable}, problem {@code no-table}), or it needs one more word
 * ({@link Clarification}, problem {@code clarification-needed}).
 */
class UnansweredQuestionException extends RuntimeException {

	private final Answer answer;

	private final Language language;

	/**
	 * @param answer a {@link NoTable} or a {@link Clarification}
	 * @param language the language of the problem's title and detail
	 */
	UnansweredQuestionException(Answer answer, Language language) {
		super(detail(answer, language));
		this.answer = answer;
		this.language = language;
	}

	Answer answer() {
		return answer;
	}

	Language language() {
		return language;
	}

	ProblemType type() {
		return answer instanceof NoTable ? ProblemType.NO_TABLE : ProblemType.CLARIFICATION_NEEDED;
	}

	private static String detail(Answer answer, Language language) {
		boolean korean = language == Language.KO;
		return switch (answer) {
			case NoTable none -> korean ? "이 질문에 답하는 값이 있는 표가 없습니다. 가장 가까운 표는 closest에 있습니다."
					: "no table holds what the question asks; the nearest tables are in 'closest'";
			case Clarification clarification -> clarification.reason();
			default -> throw new IllegalArgumentException("an analysis is an answer, not a problem");
		};
	}

}
