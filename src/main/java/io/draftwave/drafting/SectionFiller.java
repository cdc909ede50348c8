package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import io.draftwave.drafting.DraftLayout.Role;
import io.draftwave.drafting.DraftLayout.Section;

/**
 * Fills a draft's sections by role from the sources' clean sentences (see {@link Role});
 * each sentence goes into one section at most. Sections are filled in an order that lets
 * the pickier roles choose first — the answer, the title and subtitle, the lead, the cued
 * sections — and the open sections (본문, 현황, 세부 내용) take what is relevant of the rest, in
 * the sources' order.
 * <p>
 * Relevance is the rarity-weighted share of the request's subject words a sentence holds
 * ({@link SentenceWeights}); the subject is the request without the words that only name
 * the kind of document ("보도자료", "작성", "policy report"). A sentence sharing none of them
 * goes nowhere but into a contact or basis section. Deterministic: ties go to the earlier
 * sentence.
 * <p>
 * A computed figure's statement goes where figures belong and nowhere else: it opens an
 * answer (when an {@link AnswerChoice#figure()} is asked first), it is a press release's
 * lead (or its body's first sentence when the lead is taken), and a policy report's 현황
 * opens with every figure statement, in source order; a title, subtitle, overview, cued,
 * basis, next-step or contact section never takes it.
 */
final class SectionFiller {

	/** Weight of relevance against novelty when picking several sentences. */
	static final double LAMBDA = 0.7;

	/** A subtitle, or a lead where one can, must hold this much of the subject. */
	static final double NAMES_SUBJECT = 0.5;

	/**
	 * A sentence of a cued, basis, next-step, status or body section must hold this much
	 * of the subject: sharing one common word ("데이터", "policy") is not enough.
	 */
	static final double RELEVANT = 0.15;

	/** The share of its passage's relevance a sentence of that passage has at least. */
	static final double PASSAGE_SHARE = 0.5;

	/**
	 * Jaccard similarity of words from which a sentence restates another already in the
	 * draft.
	 */
	static final double RESTATES = 0.6;

	/** Longest subtitle, in characters. */
	static final int MAX_SUBTITLE_CHARS = 140;

	private static final Pattern RULE = Pattern.compile("(?:해야|하여야|받아야|안 된다|안 됩니다|아니 된다|금지|"
			+ "(?i:\\bmust\\b|\\bshould\\b|\\bshall\\b|may not|is required|are required|need to))");

	private static final Pattern QUOTE = Pattern
		.compile("[“\"「][^”\"」]{8,}[”\"」]\\s*(?:라고|고\\s|며)|(?i:\\bsaid\\b|\\bsays\\b)");

	private final List<SourceSentence> candidates;

	private final SentenceWeights weights;

	private final String question;

	private final Set<String> wanted;

	private final Set<String> subject;

	private final List<AnswerChoice> answerChoices;

	private final Set<Integer> used = new HashSet<>();

	private final Map<Integer, Double> passageRelevance = new java.util.HashMap<>();

	private SourceSentence answer;

	/** The role of the section being filled, which decides whether figures may go in. */
	private Role filling = Role.FIXED;

	/**
	 * @param question the request's instructions
	 * @param wanted their content words
	 * @param subject those without the words naming the kind of document; {@code wanted}
	 * when none is left
	 */
	SectionFiller(List<SourceSentence> candidates, String question, Set<String> wanted, Set<String> subject,
			List<AnswerChoice> answerChoices) {
		this.candidates = candidates;
		this.weights = new SentenceWeights(candidates);
		this.question = question;
		this.wanted = wanted;
		this.subject = subject.isEmpty() ? wanted : subject;
		this.answerChoices = answerChoices;
		candidates.forEach(c -> passageRelevance.merge(c.source(), relevance(c.words()), Math::max));
	}

	/**
	 * The sentences of each section, in section order; empty lists for sections the
	 * sources cannot fill.
	 */
	Map<Section, List<SourceSentence>> fill(List<Section> sections) {
		Map<Section, List<SourceSentence>> filled = new LinkedHashMap<>();
		sections.forEach(s -> filled.put(s, new ArrayList<>()));
		sections.stream()
			.sorted(Comparator.comparingInt(s -> priority(s.role())))
			.forEach(s -> filled.put(s, fillOne(s)));
		return filled;
	}

	/** The weighted share of the subject the words hold. */
	double relevance(Set<String> words) {
		return weights.match(words, subject);
	}

	/**
	 * A sentence's relevance, or half its passage's best when that is more: "It opened in
	 * 2022." says nothing of the subject by itself but belongs to a passage about it.
	 */
	private double topical(SourceSentence s) {
		return Math.max(relevance(s.words()), PASSAGE_SHARE * passageRelevance.getOrDefault(s.source(), 0.0));
	}

	private static int priority(Role role) {
		return switch (role) {
			case ANSWER, TITLE, FIXED -> 0;
			case SUBTITLE, OVERVIEW -> 1;
			case LEAD -> 2;
			case CUED, BASIS -> 3;
			case CONTACT, NEXT_STEPS -> 4;
			default -> 5;
		};
	}

	private List<SourceSentence> fillOne(Section section) {
		filling = section.role();
		List<SourceSentence> picked = switch (section.role()) {
			case FIXED, TITLE -> List.of();
			case ANSWER -> answerWithSupport(section.max());
			case DETAILS -> supporting(section.max());
			case SUBTITLE -> best(s -> !RULE.matcher(s.text()).find() && s.text().length() <= MAX_SUBTITLE_CHARS
					&& relevance(s.words()) >= NAMES_SUBJECT, s -> relevance(s.words()) + lead(s))
				.stream()
				.toList();
			case OVERVIEW -> best(s -> relevance(s.words()) > 0,
					s -> relevance(s.words()) + lead(s) + (RULE.matcher(s.text()).find() ? -0.2 : 0))
				.stream()
				.toList();
			case LEAD -> figure().or(() -> best(s -> relevance(s.words()) >= NAMES_SUBJECT, this::leadScore))
				.or(() -> best(s -> relevance(s.words()) > 0, this::leadScore))
				.stream()
				.toList();
			case BODY -> several(section.max(), s -> topical(s) >= RELEVANT,
					s -> topical(s) + (QUOTE.matcher(s.text()).find() ? 0.2 : 0));
			case STATUS -> figuresFirst(section.max(), max -> several(max,
					s -> topical(s) >= RELEVANT && AnswerType.COUNT.heldBy(s.text()), s -> topical(s)));
			case CUED ->
				several(section.max(), s -> topical(s) >= RELEVANT && section.accepts(s.text()), s -> topical(s));
			case BASIS ->
				several(section.max(), s -> topical(s) >= RELEVANT && section.accepts(s.text()), s -> topical(s));
			case NEXT_STEPS -> nextSteps(section);
			case CONTACT -> contacts(section.max());
		};
		picked.forEach(s -> used.add(s.order()));
		List<SourceSentence> ordered = new ArrayList<>(picked);
		if (section.role() != Role.ANSWER) {
			ordered
				.sort(Comparator.comparing((SourceSentence s) -> !s.figure()).thenComparingInt(SourceSentence::order));
		}
		return ordered;
	}

	/** The first free figure statement, if any. */
	private Optional<SourceSentence> figure() {
		return free(SourceSentence::figure).stream().findFirst();
	}

	/**
	 * Every free figure statement (a report on complaints states each analysis it cites),
	 * then passage sentences up to the rest of {@code max}.
	 */
	private List<SourceSentence> figuresFirst(int max, IntFunction<List<SourceSentence>> rest) {
		List<SourceSentence> figures = free(SourceSentence::figure);
		if (figures.isEmpty()) {
			return rest.apply(max);
		}
		figures.forEach(f -> used.add(f.order()));
		List<SourceSentence> all = new ArrayList<>(figures);
		if (max > figures.size()) {
			all.addAll(rest.apply(max - figures.size()));
		}
		return all;
	}

	/** Whether the section being filled may take a figure's statement. */
	private boolean takesFigures() {
		return switch (filling) {
			case ANSWER, DETAILS, LEAD, BODY, STATUS -> true;
			default -> false;
		};
	}

	private List<SourceSentence> answerWithSupport(int max) {
		Optional<SourceSentence> chosen = Optional.empty();
		List<SourceSentence> open = free(s -> true);
		for (AnswerChoice choice : answerChoices) {
			chosen = choice.choose(question, wanted, open, weights);
			if (chosen.isPresent()) {
				break;
			}
		}
		if (chosen.isEmpty()) {
			return List.of();
		}
		answer = chosen.get();
		used.add(answer.order());
		List<SourceSentence> all = new ArrayList<>(List.of(answer));
		List<SourceSentence> rest = new ArrayList<>(supporting(max - 1));
		rest.sort(Comparator.comparingInt(SourceSentence::order));
		all.addAll(rest);
		return all;
	}

	/**
	 * Sentences supporting the answer: relevant to the question, the answer's neighbours
	 * first.
	 */
	private List<SourceSentence> supporting(int max) {
		return several(max, s -> weights.match(s.words(), wanted) > 0 && !s.contact(),
				s -> weights.match(s.words(), wanted) + (neighbour(s) ? 0.15 : 0));
	}

	private boolean neighbour(SourceSentence s) {
		return answer != null && s.source() == answer.source() && Math.abs(s.position() - answer.position()) == 1;
	}

	private List<SourceSentence> nextSteps(Section section) {
		List<SourceSentence> steps = new ArrayList<>(several(section.max() - 1,
				s -> !s.contact() && topical(s) >= RELEVANT && section.accepts(s.text()), this::topical));
		steps.forEach(s -> used.add(s.order()));
		steps.addAll(contacts(1));
		return steps;
	}

	/** Contact lines, those of the sources already cited first. */
	private List<SourceSentence> contacts(int max) {
		Set<Integer> citedSources = new LinkedHashSet<>();
		candidates.stream().filter(s -> used.contains(s.order())).forEach(s -> citedSources.add(s.source()));
		return free(SourceSentence::contact).stream()
			.sorted(Comparator.comparingInt((SourceSentence s) -> citedSources.contains(s.source()) ? 0 : 1)
				.thenComparingInt(SourceSentence::order))
			.limit(max)
			.toList();
	}

	/**
	 * Who, what and when with the key figure: the subject, a figure, a date, an early
	 * place.
	 */
	private double leadScore(SourceSentence s) {
		return topical(s) + lead(s) + (AnswerType.COUNT.heldBy(s.text()) ? 0.2 : 0)
				+ (AnswerType.DATE.heldBy(s.text()) ? 0.1 : 0);
	}

	private static double lead(SourceSentence s) {
		return (s.position() == 0 ? 0.1 : 0) + 0.05 / (1 + s.rank());
	}

	private Optional<SourceSentence> best(Predicate<SourceSentence> allowed, ToDoubleFunction<SourceSentence> score) {
		List<SourceSentence> one = several(1, allowed, score);
		return one.isEmpty() ? Optional.empty() : Optional.of(one.getFirst());
	}

	/**
	 * Up to {@code max} free sentences by maximal marginal relevance, best first; contact
	 * lines never.
	 */
	private List<SourceSentence> several(int max, Predicate<SourceSentence> allowed,
			ToDoubleFunction<SourceSentence> score) {
		List<SourceSentence> left = new ArrayList<>(free(allowed.and(s -> !s.contact())));
		List<SourceSentence> picked = new ArrayList<>();
		while (picked.size() < max && !left.isEmpty()) {
			SourceSentence best = null;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (SourceSentence s : left) {
				double redundancy = picked.stream()
					.mapToDouble(p -> SentenceWeights.similarity(p.words(), s.words()))
					.max()
					.orElse(answer != null ? SentenceWeights.similarity(answer.words(), s.words()) : 0);
				double value = LAMBDA * score.applyAsDouble(s) - (1 - LAMBDA) * redundancy;
				if (value > bestScore) {
					best = s;
					bestScore = value;
				}
			}
			picked.add(best);
			left.remove(best);
		}
		return picked;
	}

	/**
	 * Sentences not used yet that do not restate a used one (Jaccard of words below
	 * {@value #RESTATES}).
	 */
	private List<SourceSentence> free(Predicate<SourceSentence> allowed) {
		List<SourceSentence> taken = candidates.stream().filter(s -> used.contains(s.order())).toList();
		return candidates.stream()
			.filter(s -> !used.contains(s.order()) && allowed.test(s) && (!s.figure() || takesFigures()))
			.filter(s -> taken.stream().noneMatch(t -> SentenceWeights.similarity(t.words(), s.words()) >= RESTATES))
			.toList();
	}

}
