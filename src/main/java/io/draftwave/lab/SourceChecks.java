package io.draftwave.lab;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.SentenceCheck;
import io.draftwave.security.KoreanPiiMasker;

/**
 * Checks on how a draft stands on its sources and how it was made: valid markers,
 * supported sentences, the sources a case names, personal data, time taken.
 */
final class SourceChecks {

	private static final Pattern REMOVED_MARKER = Pattern.compile("removed marker \\[(\\d+)]");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\[([가-힣]+)]");

	private static final KoreanPiiMasker MASKER = new KoreanPiiMasker();

	private SourceChecks() {
	}

	/**
	 * The draft cites at least one source and every marker it wrote names one of its
	 * sources (markers naming none were removed and reported as warnings).
	 * {@code citations: true}.
	 */
	public record CitationsValid() implements Check {

		@Override
		public String type() {
			return "citations";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "인용 표시가 모두 유효" : "every citation marker is valid";
		}

		@Override
		public boolean passes(Attempt attempt) {
			return !attempt.citations().isEmpty() && invalid(attempt).isEmpty();
		}

		@Override
		public String reason(Attempt a) {
			Set<String> invalid = invalid(a);
			if (!invalid.isEmpty()) {
				return a.say("자료에 없는 번호를 인용했습니다: " + String.join(", ", invalid) + ".",
						"The draft cited sources that do not exist: " + String.join(", ", invalid) + ".");
			}
			if (a.citations().isEmpty()) {
				return a.say("인용 표시([1] 같은 번호)가 하나도 없습니다.", "The draft has no citation marker such as [1].");
			}
			return a.say("인용 " + a.citations().size() + "개가 모두 자료를 가리킵니다.",
					"All " + a.citations().size() + " cited sources exist.");
		}

		private static Set<String> invalid(Attempt attempt) {
			Set<String> markers = new LinkedHashSet<>();
			for (String warning : attempt.warnings()) {
				Matcher m = REMOVED_MARKER.matcher(warning);
				while (m.find()) {
					markers.add("[" + m.group(1) + "]");
				}
			}
			return markers;
		}

	}

	/**
	 * At least {@code min} (0..1) of the draft's factual sentences are supported by the
	 * passages they cite. Factual: sentences carrying a marker or flagged as unsupported;
	 * headings, greetings and "the sources do not cover this" lines do not count.
	 * {@code supported: 0.8}.
	 */
	public record Supported(double min) implements Check {

		@Override
		public String type() {
			return "supported";
		}

		@Override
		public String description(Language language) {
			int percent = (int) Math.round(min * 100);
			return language == Language.KO ? "근거가 확인된 문장 " + percent + "% 이상"
					: "at least " + percent + "% of sentences supported";
		}

		@Override
		public boolean passes(Attempt attempt) {
			List<SentenceCheck> claims = claims(attempt);
			return !claims.isEmpty() && share(claims) >= min - 1e-9;
		}

		@Override
		public String reason(Attempt a) {
			List<SentenceCheck> claims = claims(a);
			if (claims.isEmpty()) {
				return a.say("근거를 확인할 사실 문장이 없습니다.", "The draft states nothing the sources could support.");
			}
			long supported = claims.stream().filter(SentenceCheck::supported).count();
			String figures = supported + "/" + claims.size() + " (" + Math.round(share(claims) * 100) + "%)";
			if (passes(a)) {
				return a.say("근거가 확인된 문장 " + figures + ".", "Supported sentences: " + figures + ".");
			}
			SentenceCheck first = claims.stream().filter(c -> !c.supported()).findFirst().orElseThrow();
			String sentence = excerpt(a.text().substring(first.start(), first.end()));
			return a.say("근거가 확인된 문장 " + figures + ", 기준 " + Math.round(min * 100) + "%. 예: ‘" + sentence + "’",
					"Supported sentences: " + figures + ", needed " + Math.round(min * 100) + "%. For example: ‘"
							+ sentence + "’");
		}

		private static List<SentenceCheck> claims(Attempt attempt) {
			return attempt.sentences().stream().filter(s -> !s.markers().isEmpty() || !s.supported()).toList();
		}

		private static double share(List<SentenceCheck> claims) {
			return claims.stream().filter(SentenceCheck::supported).count() / (double) claims.size();
		}

		private static String excerpt(String sentence) {
			String s = sentence.strip();
			return s.length() <= 60 ? s : s.substring(0, 59) + "…";
		}

	}

	/**
	 * The draft cites the documents the case names (by id, file name or title): at least
	 * one of them, or with {@code all: true} every one.
	 * {@code cites: [2024 교육 결과 보고.md]}.
	 */
	public record Cites(List<String> documents, boolean all) implements Check {

		public Cites {
			documents = List.copyOf(documents);
		}

		@Override
		public String type() {
			return "cites";
		}

		@Override
		public String description(Language language) {
			String names = String.join(", ", documents);
			if (language == Language.KO) {
				return (all ? "다음 자료 모두 인용: " : "다음 자료 인용: ") + names;
			}
			return (all ? "cites all of: " : "cites one of: ") + names;
		}

		@Override
		public boolean passes(Attempt attempt) {
			long cited = documents.stream().filter(d -> cited(attempt, d)).count();
			return all ? cited == documents.size() : cited > 0;
		}

		@Override
		public String reason(Attempt a) {
			List<String> missing = documents.stream().filter(d -> !cited(a, d)).toList();
			Set<String> titles = new LinkedHashSet<>();
			a.citations().forEach(c -> titles.add(c.title()));
			String citedTitles = titles.isEmpty() ? a.say("없음", "none") : String.join(", ", titles);
			if (passes(a)) {
				return a.say("요구한 자료를 인용했습니다. 인용한 자료: " + citedTitles + ".",
						"The named sources are cited. Cited: " + citedTitles + ".");
			}
			return a.say("인용하지 않은 자료: " + String.join(", ", missing) + ". 인용한 자료: " + citedTitles + ".",
					"Not cited: " + String.join(", ", missing) + ". Cited: " + citedTitles + ".");
		}

		private static boolean cited(Attempt attempt, String ref) {
			String wanted = ref.strip().toLowerCase(Locale.ROOT);
			String id = attempt.documents().find(ref).map(d -> d.id()).orElse(null);
			for (Citation c : attempt.citations()) {
				if (c.documentId().equals(id) || c.documentId().equalsIgnoreCase(wanted)
						|| c.title().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * No personal data in the draft: nothing {@link KoreanPiiMasker} would mask (resident
	 * registration, phone, card, account, passport and licence numbers, e-mail
	 * addresses). {@code no-personal-data: true}.
	 */
	public record NoPersonalData() implements Check {

		@Override
		public String type() {
			return "no-personal-data";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "개인정보 없음" : "no personal data";
		}

		@Override
		public boolean passes(Attempt attempt) {
			return found(attempt).isEmpty();
		}

		@Override
		public String reason(Attempt a) {
			Set<String> found = found(a);
			return found.isEmpty() ? a.say("개인정보가 없습니다.", "No personal data found.")
					: a.say("개인정보가 들어 있습니다: " + String.join(", ", found) + ". 지우거나 가리십시오.",
							"The draft holds personal data: " + String.join(", ", found) + ". Remove or mask it.");
		}

		private static Set<String> found(Attempt attempt) {
			String text = attempt.plainText();
			Set<String> before = placeholders(text);
			Set<String> after = placeholders(MASKER.mask(text));
			after.removeAll(before);
			return after;
		}

		private static Set<String> placeholders(String text) {
			Set<String> kinds = new LinkedHashSet<>();
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				kinds.add(m.group(1));
			}
			return kinds;
		}

	}

	/**
	 * The cell took at most {@code maxMs} milliseconds, as measured.
	 * {@code latency: 10s}.
	 */
	public record Latency(long maxMs) implements Check {

		@Override
		public String type() {
			return "latency";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "응답 시간 " + seconds(maxMs) + " 이내" : "answered within " + seconds(maxMs);
		}

		@Override
		public boolean passes(Attempt attempt) {
			return attempt.tookMs() <= maxMs;
		}

		@Override
		public String reason(Attempt a) {
			String took = seconds(a.tookMs());
			return passes(a) ? a.say(took + " 걸렸습니다.", "Took " + took + ".")
					: a.say(took + " 걸렸습니다. 기준 " + seconds(maxMs) + "보다 깁니다.",
							"Took " + took + ", longer than " + seconds(maxMs) + ".");
		}

		private static String seconds(long ms) {
			return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
		}

	}

}
