package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.SentenceSplitter;
import io.draftwave.drafting.Markers.Marker;
import io.draftwave.search.ContentWords;
import org.jspecify.annotations.Nullable;

/**
 * Checks a complete draft against its numbered sources: removes markers that name no
 * source, and tells for every sentence whether the passages it cites support it.
 * <p>
 * <b>Sentences.</b> The cleaned text is split with {@link SentenceSplitter}. Markers
 * written after a sentence's final punctuation belong to that sentence: in "늘었다. [1] 다음
 * 문장." and "늘었다.[1] 다음 문장." the first sentence is "늘었다. [1]" and "늘었다.[1]"; "늘었다 [1]."
 * needs no help. A line holding nothing but markers joins the sentence before it.
 * <p>
 * <b>Coverage.</b> A sentence's content words ({@link ContentWords}, with its markers
 * left out) are compared with the union of the content words of the passages it cites,
 * both analysed as the draft's language: coverage = |sentence ∩ cited| / |sentence|,
 * where a passage's words include its document's title. "2024년 데이터 인재 양성 교육 참여 인원은
 * 847명이었다 [1]." has the words {@code 2024 년 데이터 인재 양성 교육 참여 인원 847 명 이}; citing "2024년
 * 데이터 인재 양성 교육 참여 인원은 847명으로 집계되었다" covers 10 of 11 (91%) and is supported; citing a
 * passage about a park covers 2 of 11 (년, 이) and is not ("only 18% of its content words
 * appear in the cited passages"). A sentence with markers but no content words is
 * supported.
 * <p>
 * <b>Sentences without markers</b> are supported only when they carry no factual claim,
 * which is the case for
 * <ul>
 * <li>a Markdown heading: "## 개요", "## 2024년 현황";</li>
 * <li>a contact line starting with 문의, 문의처, 담당, 담당 부서, 연락처, Contact or Inquiries and a
 * colon: "문의: 데이터정책과 (02-120-1234)";</li>
 * <li>a line with no digit and at most two content words: "안녕하십니까", "감사합니다.", "Thank
 * you."</li>
 * </ul>
 * <li>a courtesy line of a letter or reply: "안녕하십니까? 귀하의 가정에 건강과 행복이 가득하시기를 기원합니다.",
 * "귀하께서 문의하신 사항을 검토하여 답변드립니다.", "Thank you for writing to the city.";</li>
 * <li>a plain statement that the sources do not cover something: "제공된 자료에는 이에 관한 내용이
 * 없습니다.", "The sources do not mention the budget."</li> Anything else is unsupported with
 * the reason "no citation for a factual claim": "참여 인원은 847명이었다." (a digit) and "교육 참여가
 * 크게 늘었다." (three words: 교육, 참여, 늘) both are.
 * <p>
 * <b>Figures</b> must be in the cited passages: a covered sentence whose number does not
 * appear in any passage it cites is still unsupported ("참여 인원은 900명이었다 [1]." citing a
 * passage that says 847 fails with "the figure 900 does not appear in the cited
 * passages"). Thousands separators are ignored, so "1,000건" matches "1000건"
 * ({@link CitedNumbers}).
 * <p>
 * <b>Computed figures.</b> A sentence citing a figure source (a table's result) and
 * stating one of its numbers, a year aside, is a figure sentence: it is supported when
 * every number it states is the result's (or a cited passage's), whatever its other
 * words. "2025년 교통·주차 민원은 54,756건으로 2023년보다 3% 늘었다 [1]." citing the result 54,756 and
 * 3.4% is supported (3.4 rounds to 3); the same sentence with 55,000건 is not ("the figure
 * 55,000 does not appear in the cited passages").
 * <p>
 * <b>Strict mode</b> removes the unsupported sentences from the text (a sentence alone on
 * its line takes the line with it), keeps the checks of the others with offsets into the
 * new text, and warns "removed N unsupported sentences".
 * <p>
 * Thread-safe.
 */
public final class CitationChecker {

	/**
	 * Half of a sentence's content words must appear in the passages it cites. A faithful
	 * Korean paraphrase keeps its nouns and numbers and loses only endings, copulas ("이")
	 * and a verb or two, so it scores 0.7 to 1.0; a sentence citing an unrelated passage
	 * shares only counters and years ("년", "명", "2024") and scores 0.1 to 0.3. 0.5 sits
	 * between, so that one or two words of the model's own do not fail a sentence while a
	 * wrong source does. One invented number among ten words lowers coverage by only a
	 * tenth: the check finds unsupported sentences, not every wrong figure.
	 */
	public static final double DEFAULT_SUPPORT_THRESHOLD = 0.5;

	static final String NO_CITATION = "no citation for a factual claim";

	private static final int MAX_WORDS_WITHOUT_CLAIM = 2;

	private static final Pattern CONTACT = Pattern.compile("\\s*(?:문의처?|담당(?: ?부서)?|연락처|contact|inquiries)\\s*[:：]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COURTESY = Pattern.compile("\\s*(?:안녕하십니까|감사합니다|귀하(?:께서|의|께)|답변 내용에 대한"
			+ "|추가 (?:설명|문의)|궁금하신|(?i:thank you|dear |we have looked into|if anything|if you have|sincerely"
			+ "|kind regards|yours faithfully))");

	private static final Pattern NOT_COVERED = Pattern.compile("(?:제공된|주어진|검색된)?\\s*(?:자료|문서|근거)(?:에는|에서는|에|에서)\\s.*"
			+ "(?:없습니다|없다|찾지 못했|확인되지 않|확인할 수 없|포함되어 있지 않|나와 있지 않)"
			+ "|(?i)\\b(?:the )?(?:provided |available )?(?:sources|documents) (?:do not|don't|does not) "
			+ "(?:cover|mention|contain|say|state|include)");

	private final ContentWords words;

	private final double supportThreshold;

	private final SentenceSplitter splitter = new SentenceSplitter();

	/**
	 * The result of a check.
	 *
	 * @param text the draft without markers naming no source (and, in strict mode,
	 * without unsupported sentences)
	 * @param citations one per distinct marker number left in {@code text}, by number
	 * @param sentences the check of every sentence of {@code text}, in order, offsets
	 * into {@code text}
	 * @param warnings what the official should know, in English: removed markers, removed
	 * sentences
	 */
	public record CheckedText(String text, List<Citation> citations, List<SentenceCheck> sentences,
			List<String> warnings) {

		public CheckedText {
			citations = List.copyOf(citations);
			sentences = List.copyOf(sentences);
			warnings = List.copyOf(warnings);
		}

	}

	/**
	 * A checker.
	 * @param words the content-word analysis
	 * @param supportThreshold the coverage a cited sentence needs, in (0, 1]; see
	 * {@link #DEFAULT_SUPPORT_THRESHOLD}
	 */
	public CitationChecker(ContentWords words, double supportThreshold) {
		if (!(supportThreshold > 0 && supportThreshold <= 1)) {
			throw new IllegalArgumentException("supportThreshold must be in (0, 1], not " + supportThreshold);
		}
		this.words = words;
		this.supportThreshold = supportThreshold;
	}

	/**
	 * Checks a complete draft.
	 * @param text the draft with its markers
	 * @param sources its numbered sources
	 * @param language the draft's language; sentences and passages are both analysed as
	 * it
	 * @param strict whether to remove unsupported sentences
	 */
	public CheckedText check(String text, List<NumberedSource> sources, Language language, boolean strict) {
		MarkerTracker tracker = new MarkerTracker(sources);
		String cleaned = tracker.accept(text).text() + tracker.finish().text();
		List<String> warnings = new ArrayList<>(droppedWarnings(tracker.dropped(), sources.size()));
		Map<Integer, NumberedSource> byNumber = new HashMap<>();
		sources.forEach(s -> byNumber.putIfAbsent(s.number(), s));
		List<Marker> markers = Markers.find(cleaned);
		Map<Integer, Set<String>> sourceWords = new HashMap<>();
		List<SentenceCheck> checks = new ArrayList<>();
		for (SentenceSplitter.Span span : sentences(cleaned, markers)) {
			checks.add(checkSentence(cleaned, span, markers, byNumber, sourceWords, language));
		}
		String result = cleaned;
		if (strict) {
			long unsupported = checks.stream().filter(c -> !c.supported()).count();
			if (unsupported > 0) {
				UnsupportedRemoval removal = UnsupportedRemoval.of(cleaned, checks);
				result = removal.text();
				checks = removal.kept();
				warnings.add("removed " + unsupported + " unsupported sentence" + (unsupported == 1 ? "" : "s"));
			}
		}
		return new CheckedText(result, citations(result, byNumber), checks, warnings);
	}

	private static List<String> droppedWarnings(List<Integer> dropped, int sourceCount) {
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		dropped.forEach(n -> counts.merge(n, 1, Integer::sum));
		String sources = switch (sourceCount) {
			case 0 -> "the draft has no sources";
			case 1 -> "the draft has only 1 source";
			default -> "the draft has only " + sourceCount + " sources";
		};
		List<String> warnings = new ArrayList<>();
		counts.forEach((n, times) -> warnings
			.add("removed marker [" + n + "]" + (times > 1 ? " " + times + " times" : "") + ": " + sources));
		return warnings;
	}

	/**
	 * The sentences of the text, each with the markers that follow its final punctuation.
	 */
	private List<SentenceSplitter.Span> sentences(String text, List<Marker> markers) {
		Map<Integer, Marker> byStart = new HashMap<>();
		markers.forEach(m -> byStart.put(m.start(), m));
		List<SentenceSplitter.Span> spans = new ArrayList<>();
		for (SentenceSplitter.Span span : splitter.split(text)) {
			int at = span.start();
			int lastMarkerEnd = -1;
			Marker marker;
			while (at < span.end() && (marker = byStart.get(at)) != null) {
				lastMarkerEnd = marker.end();
				at = skipSpaces(text, marker.end(), span.end());
			}
			if (lastMarkerEnd < 0 || spans.isEmpty()) {
				spans.add(span);
				continue;
			}
			SentenceSplitter.Span previous = spans.getLast();
			boolean sameLine = text.substring(previous.end(), span.start())
				.chars()
				.noneMatch(c -> c == '\n' || c == '\r');
			if (!sameLine && at < span.end()) {
				spans.add(span);
				continue;
			}
			spans.set(spans.size() - 1, new SentenceSplitter.Span(previous.start(), lastMarkerEnd));
			if (at < span.end()) {
				spans.add(new SentenceSplitter.Span(at, span.end()));
			}
		}
		return spans;
	}

	private static int skipSpaces(String text, int from, int to) {
		int i = from;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private SentenceCheck checkSentence(String text, SentenceSplitter.Span span, List<Marker> markers,
			Map<Integer, NumberedSource> byNumber, Map<Integer, Set<String>> sourceWords, Language language) {
		StringBuilder withoutMarkers = new StringBuilder(span.of(text));
		Set<Integer> numbers = new LinkedHashSet<>();
		for (Marker m : markers) {
			if (m.start() >= span.start() && m.end() <= span.end()) {
				for (int i = m.start(); i < m.end(); i++) {
					withoutMarkers.setCharAt(i - span.start(), ' ');
				}
				m.numbers().stream().filter(byNumber::containsKey).forEach(numbers::add);
			}
		}
		String sentence = withoutMarkers.toString();
		Set<String> sentenceWords = words.of(sentence, language);
		List<Integer> cited = List.copyOf(numbers);
		if (cited.isEmpty()) {
			boolean claim = !isHeading(sentence) && !NOT_COVERED.matcher(sentence).find()
					&& !COURTESY.matcher(sentence).lookingAt() && (sentence.chars().anyMatch(Character::isDigit)
							|| sentenceWords.size() > MAX_WORDS_WITHOUT_CLAIM);
			return new SentenceCheck(span.start(), span.end(), cited, !claim, claim ? NO_CITATION : null);
		}
		if (sentenceWords.isEmpty()) {
			return new SentenceCheck(span.start(), span.end(), cited, true, null);
		}
		CitedNumbers citedNumbers = new CitedNumbers(cited.stream().map(byNumber::get).toList());
		// a figure sentence says what the result is in its own words: its numbers decide
		if (cited.stream().anyMatch(n -> byNumber.get(n).isFigure()) && citedNumbers.statesFigure(sentence)) {
			return figureCheck(span, cited, citedNumbers.missingFrom(sentence));
		}
		Set<String> citedWords = new HashSet<>();
		for (int n : cited) {
			citedWords.addAll(sourceWords.computeIfAbsent(n,
					k -> words.of(byNumber.get(k).title() + "\n" + byNumber.get(k).text(), language)));
		}
		long covered = sentenceWords.stream().filter(citedWords::contains).count();
		double coverage = (double) covered / sentenceWords.size();
		if (coverage < supportThreshold) {
			int percent = (int) Math.floor(coverage * 100);
			return new SentenceCheck(span.start(), span.end(), cited, false,
					"only " + percent + "% of its content words appear in the cited passages");
		}
		return figureCheck(span, cited, citedNumbers.missingFrom(sentence));
	}

	private static SentenceCheck figureCheck(SentenceSplitter.Span span, List<Integer> cited,
			@Nullable String missing) {
		return missing == null ? new SentenceCheck(span.start(), span.end(), cited, true, null)
				: new SentenceCheck(span.start(), span.end(), cited, false,
						"the figure " + missing + " does not appear in the cited passages");
	}

	private static boolean isHeading(String sentence) {
		return sentence.stripLeading().startsWith("#") || CONTACT.matcher(sentence).lookingAt();
	}

	private static List<Citation> citations(String text, Map<Integer, NumberedSource> byNumber) {
		Set<Integer> numbers = new TreeSet<>();
		Markers.find(text).forEach(m -> m.numbers().stream().filter(byNumber::containsKey).forEach(numbers::add));
		return numbers.stream().map(n -> Citation.of(byNumber.get(n))).toList();
	}

}
