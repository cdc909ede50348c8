package io.draftwave.complaints;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the text of a fictional complaint from the phrases of its {@link ComplaintType}:
 * greeting, place, problem, effect, request, sometimes a remark that it was reported
 * before, a contact number or e-mail address (fake, so that masking has something to
 * mask) and a typo. Example, for a broken street light on 누리로 45:
 * {@code 안녕하세요. 누리로 45 골목길 안쪽에 2주째 가로등이 꺼져 있고 밤길이 너무 어둡습니다. 빠른 조치 부탁드립니다.}
 */
final class ComplaintWriting {

	/** The core of a complaint: the choices that say what and where. */
	record Core(ComplaintType type, String place, String subject, String problem, String effect, String detail) {

		static Core random(ComplaintType type, String place, SplittableRandom random) {
			return new Core(type, place, pick(type.subjects(), random), pick(type.problems(), random),
					pick(type.effects(), random), pick(type.details(), random));
		}

	}

	private static final List<String> GREETINGS = List.of("", "", "안녕하세요. ", "수고 많으십니다. ", "근처에 사는 주민입니다. ",
			"매일 이 길로 출퇴근하는 사람입니다. ", "민원 드립니다. ", "안녕하십니까. ");

	private static final List<String> SINCE = List.of("", "", "2주째 ", "며칠 전부터 ", "한 달 넘게 ", "어제부터 ", "지난주부터 ",
			"오래전부터 ");

	private static final List<String> REQUESTS = List.of("빠른 조치 부탁드립니다.", "조속히 처리해 주시기 바랍니다.", "확인 후 정비해 주세요.",
			"빨리 좀 고쳐 주세요!!", "현장 확인 요청드립니다.", "개선 방안을 검토해 주시기 바랍니다.", "처리 결과 회신 바랍니다.", "신속한 해결을 요청합니다.",
			"어떻게 되는 건지 문의드립니다.", "조치해 주시면 감사하겠습니다.");

	private static final List<String> REPEATED = List.of("벌써 몇 번째 민원인데 아직도 그대로입니다. ", "지난번에도 신고했는데 달라진 게 없습니다. ",
			"같은 내용으로 여러 번 문의했습니다. ", "전에도 요청했는데 또 이러네요. ");

	private static final Pattern PARTICLE = Pattern.compile("\\[(이/가|을/를|은/는|과/와)\\]");

	private ComplaintWriting() {
	}

	/**
	 * A complaint text.
	 * @param repeatChance how likely the text says it was reported before
	 */
	static String write(Core core, SplittableRandom random, double repeatChance) {
		String where = core.place() + " " + core.detail();
		String problem = pick(SINCE, random) + core.problem().replace("{s}", core.subject());
		String text = switch (random.nextInt(4)) {
			case 0 -> where + "에 " + problem + "고 " + core.effect() + ".";
			case 1 -> where + "에 " + formal(problem) + ". " + core.effect() + ".";
			case 2 -> core.effect() + ". " + where + "에 " + problem + "기 때문입니다.";
			default -> formal(problem) + ". 위치는 " + where + "입니다. " + core.effect() + ".";
		};
		StringBuilder out = new StringBuilder(pick(GREETINGS, random)).append(particles(text)).append(' ');
		if (random.nextDouble() < repeatChance) {
			out.append(pick(REPEATED, random));
		}
		out.append(pick(REQUESTS, random));
		if (random.nextDouble() < 0.08) {
			out.append(' ').append(contact(random));
		}
		String written = out.toString();
		return random.nextDouble() < 0.15 ? typo(written, random) : written;
	}

	/**
	 * The stem with its formal ending: {@code 꺼져 있} → {@code 꺼져 있습니다}, {@code 심하} →
	 * {@code 심합니다} (ㅂ added to an open last syllable).
	 */
	static String formal(String stem) {
		char last = stem.charAt(stem.length() - 1);
		if (!isHangul(last)) {
			return stem + "습니다";
		}
		if ((last - 0xAC00) % 28 != 0) {
			return stem + "습니다";
		}
		return stem.substring(0, stem.length() - 1) + (char) (last + 17) + "니다"; // ㅂ is
																					// final
																					// 17
	}

	/**
	 * Chooses each particle written as {@code [이/가]} by the syllable before it:
	 * {@code 가로등[이/가]} → {@code 가로등이}, {@code 보도[이/가]} → {@code 보도가}.
	 */
	static String particles(String text) {
		Matcher m = PARTICLE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			String[] pair = m.group(1).split("/");
			char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
			boolean closed = isHangul(before) && (before - 0xAC00) % 28 != 0;
			m.appendReplacement(out, closed ? pair[0] : pair[1]);
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String contact(SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> "연락처 010-%04d-%04d로 연락 주세요.".formatted(random.nextInt(10000), random.nextInt(10000));
			case 1 -> "답변은 resident%03d@example.com으로 부탁드립니다.".formatted(random.nextInt(1000));
			default -> "집 전화 02-%03d-%04d입니다.".formatted(random.nextInt(200, 1000), random.nextInt(10000));
		};
	}

	/** One slip of the keyboard: a missing space, a doubled syllable or two swapped. */
	private static String typo(String text, SplittableRandom random) {
		int at = random.nextInt(1, text.length() - 1);
		char c = text.charAt(at);
		char next = text.charAt(at + 1);
		return switch (random.nextInt(3)) {
			case 0 -> {
				int space = text.indexOf(' ', at);
				yield space < 0 ? text : text.substring(0, space) + text.substring(space + 1);
			}
			case 1 -> isHangul(c) ? text.substring(0, at + 1) + c + text.substring(at + 1) : text;
			default -> isHangul(c) && isHangul(next) ? text.substring(0, at) + next + c + text.substring(at + 2) : text;
		};
	}

	private static boolean isHangul(char c) {
		return c >= 0xAC00 && c <= 0xD7A3; // 가 U+AC00 to 힣 U+D7A3
	}

	static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

}
