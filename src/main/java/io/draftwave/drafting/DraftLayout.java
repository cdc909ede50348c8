package io.draftwave.drafting;

import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

/**
 * The sections of each kind of document, named as in the prompt templates, with the role
 * that decides how the extractive drafter fills each, and the fixed lines it may write
 * itself (greetings, closings, "not in the sources"). Fixed lines hold no factual claim.
 */
final class DraftLayout {

	/** What a section holds, which decides how the extractive drafter fills it. */
	enum Role {

		/** Fixed lines only: greeting, summary of the request, closing. */
		FIXED,
		/** A press release's headline: the document title that names the subject. */
		TITLE,
		/** A sentence naming the subject, short, not a rule. */
		SUBTITLE,
		/** Who, what, when and the key figure. */
		LEAD,
		/** Details and figures, quotes when the sources hold them. */
		BODY,
		/** The documents' own contact lines. */
		CONTACT,
		/** The gist of the subject. */
		OVERVIEW,
		/** Figures of the present situation. */
		STATUS,
		/** Sentences with the section's cue words. */
		CUED,
		/** The sentence answering the question, then a few that support it. */
		ANSWER,
		/** Sentences supporting the answer. */
		DETAILS,
		/** Rules and regulations the answer rests on, else the documents it rests on. */
		BASIS,
		/** What to do next: applying, procedures, where to ask. */
		NEXT_STEPS

	}

	/**
	 * One section.
	 *
	 * @param role how it is filled
	 * @param ko its heading in Korean
	 * @param en its heading in English
	 * @param max most source sentences it takes; 0 for a section of fixed lines only
	 * @param cues when not empty, it takes only sentences containing one of these
	 * (lowercase)
	 * @param fixedKo a fixed line written when it holds no sentence (Korean), or null
	 * @param fixedEn the same in English
	 */
	record Section(Role role, String ko, String en, int max, List<String> cues, @Nullable String fixedKo,
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

	private static final List<String> NEXT_STEPS = List.of("신청", "접수", "방법", "절차", "이용", "문의", "안내", "누리집", "홈페이지",
			"할 수 있", "바랍니다", "apply", "application", "submit", "visit", "procedure", "can ", "contact");

	private static final List<String> BASIS = List.of("법률", "법 제", "법」", "시행령", "조례", "규정", "지침", "고시", "매뉴얼", "기준",
			"원칙", "따라", "따른", " act", "ordinance", "regulation", "rule", "article", "guideline", "manual", "must",
			"shall");

	private DraftLayout() {
	}

	static List<Section> sections(DraftKind kind) {
		return switch (kind) {
			case PRESS_RELEASE -> List.of(role(Role.TITLE, "제목", "Title", 1), role(Role.SUBTITLE, "부제", "Subtitle", 1),
					role(Role.LEAD, "리드", "Lead", 1), role(Role.BODY, "본문", "Body", 5),
					role(Role.CONTACT, "담당 부서/문의처", "Contact", 2));
			case POLICY_REPORT -> List.of(role(Role.OVERVIEW, "개요", "Overview", 1),
					role(Role.STATUS, "현황", "Current situation", 4),
					cued("문제점", "Problems", 2,
							List.of("문제", "부족", "미흡", "한계", "어려", "저조", "감소", "불편", "지연", "우려", "problem", "lack",
									"shortage", "insufficient", "decline", "difficult", "complain", "delay", "risk")),
					cued("개선방안", "Proposed improvements", 2,
							List.of("개선", "확대", "도입", "강화", "추진", "계획", "방안", "예정", "improve", "expand", "introduce",
									"strengthen", "plan", "will ")),
					cued("기대효과", "Expected effects", 2,
							List.of("기대", "효과", "향상", "절감", "편의", "expect", "effect", "benefit", "reduce", "save")));
			case COMPLAINT_REPLY -> List.of(
					fixed("인사", "Greeting", "안녕하십니까? 귀하의 가정에 건강과 행복이 가득하시기를 기원합니다.",
							"Thank you for writing to the city."),
					fixed("요지 확인", "Summary of the request", "귀하께서 문의하신 사항을 검토하여 관련 자료에 근거해 답변드립니다.",
							"We have looked into your request and reply on the basis of the documents below."),
					role(Role.ANSWER, "답변", "Reply", 3),
					new Section(Role.BASIS, "관련 근거", "Legal and factual basis", 2, BASIS, null, null),
					new Section(Role.NEXT_STEPS, "추가 안내", "Further information", 3, NEXT_STEPS, null, null),
					fixed("맺음", "Closing", "답변 내용에 대한 추가 설명이 필요하시면 담당 부서로 연락해 주시기 바랍니다. 감사합니다.",
							"If anything in this reply is unclear, please contact us again. Thank you."));
			case MEMO -> List.of(role(Role.ANSWER, "내용", "Content", 5));
			case ANSWER -> List.of(role(Role.ANSWER, "답변", "Answer", 1), role(Role.DETAILS, "세부 내용", "Details", 2));
		};
	}

	private static Section role(Role role, String ko, String en, int max) {
		return new Section(role, ko, en, max, List.of(), null, null);
	}

	private static Section cued(String ko, String en, int max, List<String> cues) {
		return new Section(Role.CUED, ko, en, max, cues, null, null);
	}

	private static Section fixed(String ko, String en, String lineKo, String lineEn) {
		return new Section(Role.FIXED, ko, en, 0, List.of(), lineKo, lineEn);
	}

}
