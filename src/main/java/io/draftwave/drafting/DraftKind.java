package io.draftwave.drafting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.draftwave.corpus.Language;

/** The kinds of document Draftwave drafts, each with its own template and sections. */
public enum DraftKind {

	/** 보도자료: 제목, 부제, 리드, 본문, 담당 부서/문의처. */
	PRESS_RELEASE("press-release"),

	/** 정책 보고서: 개요, 현황, 문제점, 개선방안, 기대효과. */
	POLICY_REPORT("policy-report"),

	/** 민원 답변: 인사, 요지 확인, 답변, 관련 근거, 추가 안내, 맺음. */
	COMPLAINT_REPLY("complaint-reply"),

	/** 내부 메모. */
	MEMO("memo"),

	/** A direct answer to a question. */
	ANSWER("answer");

	private final String id;

	DraftKind(String id) {
		this.id = id;
	}

	/** The wire name, e.g. {@code press-release}; also the template file's base name. */
	public String id() {
		return id;
	}

	/**
	 * The section headings of this kind in the language, in order, as the prompt
	 * templates and the extractive drafter write them: for a press release in Korean
	 * {@code 제목, 부제, 리드,
	 * 본문, 담당 부서/문의처}.
	 */
	public List<String> headings(Language language) {
		return DraftLayout.sections(this).stream().map(s -> s.heading(language)).toList();
	}

	/**
	 * The kind with this wire name, ignoring case.
	 * @throws UnknownDraftKindException holding the name and the accepted ones
	 */
	public static DraftKind of(String id) {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(k -> k.id.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new UnknownDraftKindException(id));
	}

}
