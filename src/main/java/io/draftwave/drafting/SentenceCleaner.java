package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.SentenceSplitter;
import io.draftwave.search.ContentWords;

/**
 * Cuts the sources into the sentences an extractive draft may copy, leaving out the
 * debris a passage carries besides its statements:
 * <ul>
 * <li>front matter kept as a line, {@code date: 2025-07-21 · source: 시정 소식지}, YAML-like
 * keys ({@code title: …}, {@code tags: …}) and a document's own {@code Source: …}
 * line;</li>
 * <li>raw table rows: {@code 데이터셋 ID: BW-CMP-002 | 데이터셋명: 민원 접수 현황} and Markdown rows
 * {@code | 2024 | 847 |};</li>
 * <li>navigation text: {@code 홈 > 데이터 > 데이터셋}, "목록으로", "Skip to content";</li>
 * <li>headings pulled in as sentences: a short line without final punctuation or a Korean
 * sentence ending ("제공 데이터셋 규모"), a line starting with {@code #}, a source's own
 * "Subtitle: …" or "부제: …" line;</li>
 * <li>sentences in the other language than the draft's, questions copied from an FAQ,
 * text holding something like a marker ({@code [3]}), notes that the document is sample
 * data, and duplicates (same text ignoring spaces, in any source).</li>
 * </ul>
 * A contact line ("문의: 데이터정책과 (02-120-1234)", "Contact: Data Policy Division", a short
 * line with an e-mail address) is kept and marked as one even without final punctuation.
 * A computed figure gives one sentence, its statement, marked as a figure; its plan and
 * result rows are not copied. Deterministic; thread-safe.
 */
final class SentenceCleaner {

	/** Source sentences shorter than this are debris, not statements. */
	static final int MIN_SENTENCE_CHARS = 8;

	/** A line this long without final punctuation is a statement, not a heading. */
	static final int MIN_UNPUNCTUATED_STATEMENT = 60;

	private static final Pattern MARKER_LIKE = Pattern.compile("\\[\\s*\\d+(\\s*,\\s*\\d+)*\\s*]");

	private static final Pattern FRONT_MATTER = Pattern
		.compile("^(?:[a-z][a-z_-]{1,20}\\s*:\\s.*|(?i:date|source|title|author|tags|updated|created|category|keywords)"
				+ "\\s*:\\s.*|.*\\b(?:date|source|title)\\s*:\\s.*\\s·\\s.*)$");

	private static final Pattern KEY_VALUE = Pattern.compile("[^|:]{1,30}:\\s*[^|]*");

	private static final Pattern NAVIGATION = Pattern.compile(
			"(?:\\S+\\s*[>›»]\\s*){2,}\\S+|(?i:skip to (?:main )?content|back to top|previous|next page)|목록으로|이전글|다음글|바로가기|본문 바로|맨 위로");

	private static final Pattern STATEMENT_END = Pattern.compile("(?:[.!?。！？]|[다요음함임됨])[\"'”’)\\]」』]*$");

	private static final Pattern SAMPLE_NOTICE = Pattern
		.compile("(?i)말뭉치용 예시|예시 자료이며|예시로 든 것|가상(?:입니다|이다)|sample (?:data|document)|fictional");

	/** A contact line: a contact key and a colon, or a telephone number. */
	static final Pattern CONTACT = Pattern.compile("^\\s*(?:[-*•·]\\s*)?(?:문의처?|담당(?: ?부서| ?자)?|연락처|전화|"
			+ "(?i:contact|inquiries|enquiries|phone|tel|e-mail))\\s*[:：]|\\d{2,4}-\\d{3,4}-\\d{4}"
			+ "|^[^.!?]{0,60}[\\w.-]+@[\\w-]+\\.[\\w.]+");

	/**
	 * A source's own title or subtitle line, "Subtitle: …", "부제: …": a heading, not a
	 * statement.
	 */
	private static final Pattern LABEL = Pattern.compile("^(?i:title|subtitle|headline|제목|부제|소제목)\\s*[:：]");

	private final ContentWords words;

	private final SentenceSplitter splitter = new SentenceSplitter();

	SentenceCleaner(ContentWords words) {
		this.words = words;
	}

	/** The clean sentences of the sources, in source then sentence order. */
	List<SourceSentence> sentences(List<NumberedSource> sources, Language language) {
		List<SourceSentence> all = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int rank = 0; rank < sources.size(); rank++) {
			NumberedSource source = sources.get(rank);
			if (source.isFigure()) {
				// the statement is written for a draft; the plan and the rows are for
				// reading
				String statement = FigureSource.statement(source).strip();
				Set<String> content = words.of(statement, language);
				if (!content.isEmpty() && seen.add(statement.replaceAll("\\s+", ""))) {
					all.add(new SourceSentence(source.number(), rank, 0, all.size(), statement, content, false, true));
				}
				continue;
			}
			int position = 0;
			for (SentenceSplitter.Span span : splitter.split(source.text())) {
				String text = span.of(source.text()).strip();
				boolean contact = CONTACT.matcher(text).find() && !isTableRow(text);
				// a sentence in the other language cannot be copied into this draft as it
				// stands
				if (isDebris(text, contact) || Language.detect(text) != language
						|| !seen.add(text.replaceAll("\\s+", ""))) {
					continue;
				}
				Set<String> content = words.of(text, language);
				if (!content.isEmpty()) {
					all.add(new SourceSentence(source.number(), rank, position++, all.size(), text, content, contact));
				}
			}
		}
		return all;
	}

	/**
	 * Whether a sentence of a source is debris rather than a statement (see the class
	 * comment).
	 */
	static boolean isDebris(String text, boolean contact) {
		if (text.length() < MIN_SENTENCE_CHARS || text.startsWith("#") || MARKER_LIKE.matcher(text).find()) {
			return true;
		}
		if (FRONT_MATTER.matcher(text).matches() && !contact || LABEL.matcher(text).find() || isTableRow(text)
				|| NAVIGATION.matcher(text).find() || SAMPLE_NOTICE.matcher(text).find()) {
			return true;
		}
		// a question copied from an FAQ answers nothing
		if (text.endsWith("?") || text.endsWith("？") || text.endsWith("까?")) {
			return true;
		}
		return !contact && !STATEMENT_END.matcher(text).find() && text.length() < MIN_UNPUNCTUATED_STATEMENT;
	}

	/** {@code a: b | c: d} as a CSV row is kept, or a Markdown table row. */
	static boolean isTableRow(String text) {
		String t = text.strip();
		if (t.startsWith("|") || t.chars().filter(c -> c == '|').count() >= 2) {
			return true;
		}
		if (t.indexOf('|') < 0) {
			return false;
		}
		return java.util.Arrays.stream(t.split("\\|")).allMatch(cell -> KEY_VALUE.matcher(cell.strip()).matches());
	}

}
