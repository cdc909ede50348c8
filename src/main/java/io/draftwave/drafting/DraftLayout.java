package io.draftwave.drafting;

import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

/**
 * The sections of each kind of document, named as in the prompt templates, and the fixed lines
 * the extractive drafter may write itself (greetings, closings, "not in the sources"). Fixed
 * lines hold no factual claim.
 */
final class DraftLayout {

	/**
	 * One section.
	 * @param ko its heading in Korean
	 * @param en its heading in English
	 * @param max most source sentences it takes; 0 for a section of fixed lines only
	 * @param cues when not empty, it takes only sentences containing one of these (lowercase)
	 * @param fixedKo a fixed line written when it holds no sentence (Korean), or null
	 * @param fixedEn the same in English
	 */
	record Section(String ko, String en, int max, List<String> cues, @Nullable String fixedKo,
			@Nullable String fixedEn) {

		String heading(Language language) {
			return language == Language.KO ? ko : en;
		}

		@Nullable String fixed(Language language) {
			return language == Language.KO ? fixedKo : fixedEn;
		}

		boolean accepts(String sentence) {
			if (cues.isEmpty()) {
				return true;
			}
			String lower = sentence.toLowerCase(Locale.ROOT);
			return cues.stream().anyMatch(lower::contains);
		}

	}

	/** Written in a section that would otherwise be empty. */
	static final String NOT_COVERED_KO = "제공된 자료에는 이에 관한 내용이 없습니다.";

	static final String NOT_COVERED_EN = "The sources do not cover this.";

	/** Memo fields left for the official to fill in. */
	static final String BLANK_KO = "○○○";

	static final String BLANK_EN = "…";

	private static final int ALL = Integer.MAX_VALUE;

	private static final List<String> CONTACT = List.of("문의", "담당", "연락", "전화", "contact", "call ", "phone",
			"e-mail", "email");

	private DraftLayout() {
	}

	static List<Section> sections(DraftKind kind) {
		return switch (kind) {
			case PRESS_RELEASE -> List.of(open("제목", "Title", 1), open("부제", "Subtitle", 1), open("리드", "Lead", 1),
					open("본문", "Body", ALL), cued("담당 부서/문의처", "Contact", 2, CONTACT));
			case POLICY_REPORT -> List.of(open("개요", "Overview", 1), open("현황", "Current situation", ALL),
					cued("문제점", "Problems", 2,
							List.of("문제", "부족", "미흡", "한계", "어려", "저조", "감소", "불편", "problem", "lack",
									"shortage", "insufficient", "decline", "difficult", "complain")),
					cued("개선방안", "Proposed improvements", 2,
							List.of("개선", "확대", "도입", "강화", "추진", "계획", "방안", "improve", "expand",
									"introduce", "strengthen", "plan", "will ")),
					cued("기대효과", "Expected effects", 2,
							List.of("기대", "효과", "향상", "절감", "증가", "expect", "effect", "benefit", "reduce",
									"increase", "save")));
			case COMPLAINT_REPLY -> List.of(
					fixed("인사", "Greeting", "안녕하십니까? 귀하의 가정에 건강과 행복이 가득하시기를 기원합니다.",
							"Thank you for writing to the city."),
					fixed("요지 확인", "Summary of the request", "귀하께서 문의하신 사항을 검토하여 관련 자료에 근거해 답변드립니다.",
							"We have looked into your request and reply on the basis of the documents below."),
					open("답변", "Reply", ALL),
					cued("관련 근거", "Legal and factual basis", 2,
							List.of("법률", "법 제", "법」", "시행령", "조례", "규정", "지침", "고시", "act", "ordinance",
									"regulation", "rule", "article", "guideline")),
					cued("추가 안내", "Further information", 2, CONTACT),
					fixed("맺음", "Closing",
							"답변 내용에 대한 추가 설명이 필요하시면 담당 부서로 연락해 주시기 바랍니다. 감사합니다.",
							"If anything in this reply is unclear, please contact us again. Thank you."));
			case MEMO -> List.of(open("내용", "Content", ALL));
			case ANSWER -> List.of(open("답변", "Answer", 1), open("세부 내용", "Details", ALL));
		};
	}

	private static Section open(String ko, String en, int max) {
		return new Section(ko, en, max, List.of(), null, null);
	}

	private static Section cued(String ko, String en, int max, List<String> cues) {
		return new Section(ko, en, max, cues, null, null);
	}

	private static Section fixed(String ko, String en, String lineKo, String lineEn) {
		return new Section(ko, en, 0, List.of(), lineKo, lineEn);
	}

}
