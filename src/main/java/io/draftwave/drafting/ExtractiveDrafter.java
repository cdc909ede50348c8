package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.SentenceSplitter;
import io.draftwave.search.ContentWords;
import reactor.core.publisher.Flux;

/**
 * The offline drafter: assembles a draft from the sources' own sentences, without a language
 * model. Deterministic: the same prompt gives the same text.
 * <p>
 * It splits every source into sentences ({@link SentenceSplitter}), scores each by the share of
 * the instructions' content words it contains, and picks up to {@value #MAX_SENTENCES} by
 * maximal marginal relevance: {@code λ·relevance − (1−λ)·max similarity to the sentences already
 * picked}, λ = {@value #LAMBDA}, similarity being the Jaccard index of content words; earlier
 * sources and earlier sentences win ties. The picked sentences fill the kind's sections in order
 * (the headings of the prompt templates, in the request's language); a section that takes only
 * some sentences — problems, contact details, legal basis — takes those containing its cue words;
 * the open-ended section (본문, 현황, 답변, 내용) lists its sentences in the sources' order.
 * Every sentence is copied verbatim and followed by its marker, {@code 문장입니다. [2]}. The
 * drafter writes nothing of its own but headings, the complaint reply's greeting and closing,
 * the memo's blank addressee {@code ○○○}, and "제공된 자료에는 이에 관한 내용이 없습니다." in a
 * section no sentence fits.
 * <p>
 * Emits one {@link DraftOutput.Text} per line, then {@code Done("extractive", "extractive", null)}.
 * Weakness: sentences keep their source's wording and tense, so a draft reads as a collage; a
 * sentence that needs its neighbour to make sense ("이는 전년 대비 12% 증가한 수치이다.") may lose it.
 */
public final class ExtractiveDrafter implements Drafter {

	/** Most sentences in a draft. */
	static final int MAX_SENTENCES = 8;

	/** Weight of relevance against novelty. */
	static final double LAMBDA = 0.7;

	/** Source sentences shorter than this are headings or table debris, not statements. */
	private static final int MIN_SENTENCE_CHARS = 8;

	/** A source sentence holding something like a marker would be mistaken for one. */
	private static final Pattern MARKER_LIKE = Pattern.compile("\\[\\s*\\d+(\\s*,\\s*\\d+)*\\s*]");

	private final ContentWords words;

	private final SentenceSplitter splitter = new SentenceSplitter();

	/** @param words the content words of instructions and sentences, for relevance and novelty */
	public ExtractiveDrafter(ContentWords words) {
		this.words = words;
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
		Language language = prompt.request().language();
		List<Sentence> picked = pick(candidates(prompt.sources()), words.of(prompt.request().instructions()));
		Map<DraftLayout.Section, List<Sentence>> placed = place(DraftLayout.sections(prompt.request().kind()), picked);
		List<String> lines = new ArrayList<>();
		if (prompt.request().kind() == DraftKind.MEMO) {
			memoHeader(prompt.sources().getFirst(), language, lines);
		}
		placed.forEach((section, sentences) -> {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.add("## " + section.heading(language));
			for (Sentence s : sentences) {
				lines.add(s.text() + " [" + s.source() + "]");
			}
			if (sentences.isEmpty()) {
				String fixed = section.fixed(language);
				lines.add(fixed != null ? fixed
						: language == Language.KO ? DraftLayout.NOT_COVERED_KO : DraftLayout.NOT_COVERED_EN);
			}
		});
		return lines;
	}

	private static void memoHeader(NumberedSource first, Language language, List<String> lines) {
		boolean ko = language == Language.KO;
		String blank = ko ? DraftLayout.BLANK_KO : DraftLayout.BLANK_EN;
		lines.add((ko ? "수신: " : "To: ") + blank);
		lines.add((ko ? "발신: " : "From: ") + blank);
		lines.add((ko ? "제목: " : "Subject: ") + first.title().strip() + " [" + first.number() + "]");
	}

	private List<Sentence> candidates(List<NumberedSource> sources) {
		List<Sentence> all = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (NumberedSource source : sources) {
			for (SentenceSplitter.Span span : splitter.split(source.text())) {
				String text = span.of(source.text());
				// a question copied from an FAQ answers nothing
				boolean question = text.endsWith("?") || text.endsWith("까?") || text.endsWith("？");
				if (text.length() < MIN_SENTENCE_CHARS || question || MARKER_LIKE.matcher(text).find()
						|| !seen.add(text)) {
					continue;
				}
				Set<String> content = words.of(text);
				if (!content.isEmpty()) {
					all.add(new Sentence(source.number(), all.size(), text, content));
				}
			}
		}
		return all;
	}

	/** Maximal marginal relevance; ties go to the earlier sentence (sources come in rank order). */
	private static List<Sentence> pick(List<Sentence> candidates, Set<String> wanted) {
		List<Sentence> left = new ArrayList<>(candidates);
		List<Sentence> picked = new ArrayList<>();
		while (picked.size() < MAX_SENTENCES && !left.isEmpty()) {
			Sentence best = null;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (Sentence s : left) {
				double redundancy = picked.stream()
					.mapToDouble(p -> SourceSelector.similarity(p.words(), s.words()))
					.max()
					.orElse(0);
				double score = LAMBDA * relevance(s, wanted) - (1 - LAMBDA) * redundancy;
				if (score > bestScore) {
					best = s;
					bestScore = score;
				}
			}
			picked.add(best);
			left.remove(best);
		}
		return picked;
	}

	private static double relevance(Sentence s, Set<String> wanted) {
		if (wanted.isEmpty()) {
			return 0;
		}
		return wanted.stream().filter(s.words()::contains).count() / (double) wanted.size();
	}

	/**
	 * Sentences to sections: first each sentence with a cue word goes to the first cued section
	 * with room, then the rest fill the open sections in order.
	 */
	private static Map<DraftLayout.Section, List<Sentence>> place(List<DraftLayout.Section> sections,
			List<Sentence> picked) {
		Map<DraftLayout.Section, List<Sentence>> placed = new LinkedHashMap<>();
		sections.forEach(s -> placed.put(s, new ArrayList<>()));
		List<Sentence> rest = new ArrayList<>();
		for (Sentence sentence : picked) {
			DraftLayout.Section cued = sections.stream()
				.filter(s -> !s.cues().isEmpty() && s.accepts(sentence.text()) && placed.get(s).size() < s.max())
				.findFirst()
				.orElse(null);
			if (cued != null) {
				placed.get(cued).add(sentence);
			}
			else {
				rest.add(sentence);
			}
		}
		for (Sentence sentence : rest) {
			sections.stream()
				.filter(s -> s.cues().isEmpty() && placed.get(s).size() < s.max())
				.findFirst()
				.ifPresent(s -> placed.get(s).add(sentence));
		}
		// the open-ended section (본문, 현황, 답변) reads better in the sources' order than by score
		placed.forEach((section, sentences) -> {
			if (section.max() == Integer.MAX_VALUE) {
				sentences.sort(Comparator.comparingInt(Sentence::order));
			}
		});
		return placed;
	}

	private record Sentence(int source, int order, String text, Set<String> words) {
	}

}
