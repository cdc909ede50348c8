package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftLayout.Role;
import io.draftwave.drafting.DraftLayout.Section;
import io.draftwave.search.ContentWords;
import reactor.core.publisher.Flux;

/**
 * The offline drafter: assembles a draft from the sources' own sentences, without a
 * language model. Deterministic: the same prompt gives the same text.
 * <p>
 * The sources are cut into clean sentences ({@link SentenceCleaner}: no front matter,
 * table rows, navigation, headings or duplicates), and each section of the kind is filled
 * by its role ({@link SectionFiller}): an answer opens with the sentence that answers the
 * question ({@link AnswerChoice}, by matching rare words, the expected answer type,
 * passage rank and position) followed by the sentences that support it; a press release's
 * title is the source title naming the subject, its subtitle a short sentence naming it,
 * its lead the sentence with the subject and a figure or date, its body the relevant
 * details, its contact the documents' own contact lines; a policy report's 현황 takes
 * figures and 문제점, 개선방안, 기대효과 sentences with their cue words; a complaint reply answers,
 * then gives the rules it rests on or, when the sources hold no rule, the documents it
 * rests on ("근거 자료:" and their titles, cited), then next steps and a contact.
 * <p>
 * A computed figure among the sources (a table's result, see {@link FigureSource}) goes
 * first where figures are asked for: its statement opens an answer, is a press release's
 * lead and opens a policy report's 현황; a passage sentence that only points to the table
 * it was computed from ("세부 수치는 「…」 CSV 파일에 있습니다.") is left out.
 * <p>
 * Every copied sentence keeps its words and is followed by its marker,
 * {@code 문장입니다. [2]}; a section's sentences form one paragraph. The drafter writes
 * nothing of its own but headings, the complaint reply's greeting, summary and closing,
 * the memo's blank addressee {@code ○○○}, the basis line "근거 자료:" (two content words, no
 * figure: no claim for the citation check), and "제공된 자료에는 이에 관한 내용이 없습니다." once in a
 * section no sentence fits.
 * <p>
 * Emits one {@link DraftOutput.Text} per line, then
 * {@code Done("extractive", "extractive", null)}. Weakness: sentences keep their source's
 * wording and tense, so a draft reads as a collage; a sentence that needs its neighbour
 * to make sense ("이는 전년 대비 12% 증가한 수치이다.") may lose it.
 */
public final class ExtractiveDrafter implements Drafter {

	/**
	 * Most sentences a draft copies: the sections' sizes in {@link DraftLayout} stay
	 * within it.
	 */
	static final int MAX_SENTENCES = 12;

	/** Words of a request that name the kind of document, not its subject. */
	private static final String KIND_WORDS_KO = "보도자료 보도 자료 작성 소개 보고서 보고 답변 회신 메모 내부 초안 요청 문서 관련 대한 내용 알려 해 주세요 주십시오";

	private static final String KIND_WORDS_EN = "press release policy report complaint reply memo draft write writing "
			+ "about introduce introducing document please";

	private final ContentWords words;

	private final SentenceCleaner cleaner;

	private final List<AnswerChoice> answerChoices = List.of(AnswerChoice.figure(), AnswerChoice.matching());

	/**
	 * @param words the content words of instructions and sentences, for relevance and
	 * novelty
	 */
	public ExtractiveDrafter(ContentWords words) {
		this.words = words;
		this.cleaner = new SentenceCleaner(words);
	}

	@Override
	public Flux<DraftOutput> write(DraftPrompt prompt) {
		return Flux.defer(() -> {
			List<String> lines = lines(prompt);
			List<DraftOutput> out = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				out.add(new DraftOutput.Text(i < lines.size() - 1 ? lines.get(i) + "\n" : lines.get(i)));
			}
			out.add(new DraftOutput.Done("extractive", "extractive", null));
			return Flux.fromIterable(out);
		});
	}

	/** The draft's lines: headings, cited sentences, fixed lines. */
	List<String> lines(DraftPrompt prompt) {
		DraftRequest request = prompt.request();
		Language language = request.language();
		boolean ko = language == Language.KO;
		List<SourceSentence> all = withoutPointers(cleaner.sentences(prompt.sources(), language), prompt.sources());
		Set<String> wanted = words.of(request.instructions(), language);
		Set<String> subject = new LinkedHashSet<>(wanted);
		subject.removeAll(words.of(ko ? KIND_WORDS_KO : KIND_WORDS_EN, language));
		// a request for a document ("…에 관한 민원 답변") asks about its subject; a question,
		// about all its words
		Set<String> asked = request.kind() == DraftKind.ANSWER || subject.isEmpty() ? wanted : subject;
		NumberedSource titled = titleSource(prompt.sources(),
				new SectionFiller(all, request.instructions(), asked, subject, answerChoices), language);
		// the title line already says what a sentence repeating it would
		String title = titled.title().strip();
		boolean titles = request.kind() == DraftKind.PRESS_RELEASE || request.kind() == DraftKind.MEMO;
		List<SourceSentence> candidates = all.stream().filter(s -> !titles || !title.contains(s.text())).toList();
		SectionFiller filler = new SectionFiller(candidates, request.instructions(), asked, subject, answerChoices);
		Map<Section, List<SourceSentence>> filled = filler.fill(DraftLayout.sections(request.kind()));
		List<String> lines = new ArrayList<>();
		if (request.kind() == DraftKind.MEMO) {
			String blank = ko ? DraftLayout.BLANK_KO : DraftLayout.BLANK_EN;
			lines.add((ko ? "수신: " : "To: ") + blank);
			lines.add((ko ? "발신: " : "From: ") + blank);
			lines.add((ko ? "제목: " : "Subject: ") + titled.title().strip() + " [" + titled.number() + "]");
		}
		filled.forEach((section, sentences) -> {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.add("## " + section.heading(language));
			lines.addAll(body(section, sentences, titled, filled, prompt.sources(), language));
		});
		return lines;
	}

	private static List<String> body(Section section, List<SourceSentence> sentences, NumberedSource titled,
			Map<Section, List<SourceSentence>> filled, List<NumberedSource> sources, Language language) {
		boolean ko = language == Language.KO;
		if (section.role() == Role.TITLE) {
			return List.of(titled.title().strip() + " [" + titled.number() + "]");
		}
		if (section.role() == Role.FIXED) {
			return List.of(section.fixed(language));
		}
		if (sentences.isEmpty() && section.role() == Role.BASIS) {
			return basedOn(filled, sources, ko);
		}
		if (sentences.isEmpty()) {
			return List.of(ko ? DraftLayout.NOT_COVERED_KO : DraftLayout.NOT_COVERED_EN);
		}
		if (section.role() == Role.CONTACT) {
			return sentences.stream().map(SourceSentence::cited).toList();
		}
		return List.of(String.join(" ", sentences.stream().map(SourceSentence::cited).toList()));
	}

	/** "근거 자료:" and the titles of the documents the draft cites, one per line. */
	private static List<String> basedOn(Map<Section, List<SourceSentence>> filled, List<NumberedSource> sources,
			boolean ko) {
		Set<Integer> cited = new LinkedHashSet<>();
		filled.values().forEach(list -> list.forEach(s -> cited.add(s.source())));
		if (cited.isEmpty()) {
			cited.add(sources.getFirst().number());
		}
		List<String> lines = new ArrayList<>(List.of(ko ? "근거 자료:" : "Sources:"));
		Set<String> titles = new LinkedHashSet<>();
		sources.stream()
			.filter(s -> cited.contains(s.number()) && titles.add(s.title().strip()))
			.forEach(s -> lines.add("- " + s.title().strip() + " [" + s.number() + "]"));
		return lines;
	}

	/**
	 * The sentences without those of passages that name the table a figure source was
	 * computed from: "분야별·연도별 세부 수치는 「민원 접수 현황 분야별 2023-2025」 CSV 파일에 있습니다." only points
	 * to the figures the draft now states.
	 */
	private static List<SourceSentence> withoutPointers(List<SourceSentence> sentences, List<NumberedSource> sources) {
		List<String> tables = sources.stream()
			.filter(NumberedSource::isFigure)
			.map(s -> s.title().strip())
			.filter(t -> !t.isEmpty())
			.toList();
		return sentences.stream().filter(s -> s.figure() || tables.stream().noneMatch(s.text()::contains)).toList();
	}

	/**
	 * The source whose document title holds most of the subject; the first source on a
	 * tie. A figure's table names a title only when no passage does.
	 */
	private NumberedSource titleSource(List<NumberedSource> sources, SectionFiller filler, Language language) {
		List<NumberedSource> passages = sources.stream().filter(s -> !s.isFigure()).toList();
		List<NumberedSource> titled = passages.isEmpty() ? sources : passages;
		NumberedSource best = titled.getFirst();
		double bestScore = filler.relevance(words.of(best.title(), language));
		for (NumberedSource s : titled) {
			double score = filler.relevance(words.of(s.title(), language));
			if (score > bestScore) {
				best = s;
				bestScore = score;
			}
		}
		return best;
	}

}
