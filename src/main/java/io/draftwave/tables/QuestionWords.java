package io.draftwave.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question read for planning: its years, its word stems (Korean particles cut:
 * {@code 과정은} → {@code 과정}, {@code 레벨별} → {@code 레벨}), a compact form for matching values
 * ({@code 교통 주차} and {@code 교통·주차} both → {@code 교통주차}) and its intent words. English
 * words are joined by the Korean words of the tables they stand for
 * ({@code tables/glossary-en.tsv}).
 */
final class QuestionWords {

	private static final Map<Pattern, String> GLOSSARY = glossary();

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}·%]+");

	private static final List<String> PARTICLES = List.of("에서는", "에서", "으로", "부터", "까지", "보다", "이나", "입니까", "인가요", "은요",
			"는요", "이고", "별로", "별", "은", "는", "이", "가", "을", "를", "의", "에", "로", "과", "와", "도", "만", "중", "인");

	private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("한", 1), Map.entry("두", 2),
			Map.entry("세", 3), Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5));

	private static final Pattern TOP_N = Pattern.compile(
			"(?:상위|하위|top|bottom|first)\\s*(\\d{1,2})|(\\d{1,2})\\s*(?:곳|개|위|팀|과정|분야|개 분야|places)|(한|두|세|네|다섯)\\s*(?:곳|개|팀|과정|분야)"
					+ "|(?:top|bottom|the)\\s+(one|two|three|four|five)\\b|\\b(one|two|three|four|five)\\s+(?:fields|categories|districts|courses|levels|teams|stations)");

	/** Words joined by middle dots: {@code 교통·주차}, {@code 환경ㆍ청소}. */
	private static final Pattern DOTTED = Pattern.compile("[\\p{L}\\p{N}]+(?:\\s*[·ㆍ・]\\s*[\\p{L}\\p{N}]+)+");

	final String text;

	final String expanded;

	final String compact;

	final List<String> stems;

	final List<Integer> years;

	QuestionWords(String question) {
		this.text = Normalizer.normalize(question, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder more = new StringBuilder(text);
		for (Map.Entry<Pattern, String> entry : GLOSSARY.entrySet()) {
			if (entry.getKey().matcher(text).find()) {
				more.append(' ').append(entry.getValue().toLowerCase(Locale.ROOT));
			}
		}
		this.expanded = more.toString();
		this.compact = compact(expanded);
		this.stems = new ArrayList<>();
		Matcher token = TOKEN.matcher(expanded);
		while (token.find()) {
			stems.add(stem(token.group()));
		}
		this.years = new ArrayList<>();
		Matcher year = YEAR.matcher(text);
		while (year.find()) {
			int y = Integer.parseInt(year.group(1));
			if (!years.contains(y)) {
				years.add(y);
			}
		}
	}

	/**
	 * Whether {@code value} (compact) is only a piece of a category the question names
	 * with a middle dot: {@code 주차} in {@code 2025년 교통·주차 처리 수치는?} names the field 교통·주차,
	 * not a field 주차; {@code 교통·주차} itself is no piece.
	 */
	boolean onlyPieceOfDotted(String value) {
		Matcher dotted = DOTTED.matcher(text);
		boolean piece = false;
		while (dotted.find()) {
			String whole = compact(dotted.group());
			if (whole.contains(value)) {
				if (whole.equals(value) || compact(stem(dotted.group())).equals(value)) {
					return false;
				}
				piece = true;
			}
		}
		return piece && compact.indexOf(value) == compact.lastIndexOf(value);
	}

	static String compact(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s·ㆍ・,.()\\-_/]", "")
			.replace("레벨", "level");
	}

	static String stem(String token) {
		String t = token.toLowerCase(Locale.ROOT);
		for (String particle : PARTICLES) {
			if (t.length() > particle.length() + 1 && t.endsWith(particle)) {
				return t.substring(0, t.length() - particle.length());
			}
		}
		return t;
	}

	/** Whether a word of a column or title matches a word of the question. */
	boolean hasWord(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.length() < 2) {
			return false;
		}
		for (String stem : stems) {
			boolean rateOfIt = (stem.endsWith("율") || stem.endsWith("률")) && !w.endsWith("율") && !w.endsWith("률");
			if (stem.equals(w) || (stem.startsWith(w) && w.length() >= 2 && !rateOfIt)
					|| (w.startsWith(stem) && stem.length() >= 2 && isHangul(stem))) {
				return true;
			}
		}
		return false;
	}

	/** Position of the first stem matching the word, or -1. */
	int position(String word, List<String> except) {
		String w = word.toLowerCase(Locale.ROOT);
		for (int i = stems.size() - 1; i >= 0; i--) {
			String stem = stems.get(i);
			if (except.contains(stem)) {
				continue;
			}
			if (w.length() >= 2 && (stem.equals(w) || stem.startsWith(w)
					|| (w.startsWith(stem) && stem.length() >= 2 && isHangul(stem)))) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the question names a month or a day, which plans do not filter by. */
	boolean namesMonthOrDay() {
		return Pattern.compile(
				"(?<!\\d)\\d{1,2}\\s*(월|일)(?![가-힣])|\\d{1,2}월|\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b")
			.matcher(text)
			.find();
	}

	/**
	 * Whether one of the words begins a word of the question ({@code 작은} is not found in
	 * {@code 수상작은}).
	 */
	boolean anyWord(String... words) {
		for (String word : words) {
			int at = text.indexOf(word);
			while (at >= 0) {
				if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
					return true;
				}
				at = text.indexOf(word, at + 1);
			}
		}
		return false;
	}

	boolean any(String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The number of places a rank asks for ({@code 상위 3}, {@code 세 곳}, {@code top 5}), 1
	 * when none.
	 */
	int places() {
		Matcher m = TOP_N.matcher(text);
		while (m.find()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					String v = m.group(g);
					int n = COUNTS.containsKey(v) ? COUNTS.get(v) : Integer.parseInt(v);
					if (n >= 1 && n <= 20) {
						return n;
					}
				}
			}
		}
		return 1;
	}

	private static boolean isHangul(String s) {
		return s.chars().allMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3);
	}

	private static Map<Pattern, String> glossary() {
		Map<Pattern, String> glossary = new LinkedHashMap<>();
		try (var in = QuestionWords.class.getResourceAsStream("/tables/glossary-en.tsv")) {
			if (in == null) {
				return glossary;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = reader.readLine()) != null;) {
				String[] parts = line.split("\t");
				if (!line.startsWith("#") && parts.length == 2) {
					glossary.put(Pattern.compile("\\b" + Pattern.quote(parts[0].strip()) + "\\b"), parts[1].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the table glossary", ex);
		}
		return glossary;
	}

}
