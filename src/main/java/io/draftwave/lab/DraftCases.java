package io.draftwave.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Turns a kept draft and the feedback on it into a lab exercise trainers can run: a Level
 * 2 file {@code level-2/from-draft-<first 8 of the id>.yaml} (written again, with the
 * newest feedback, when asked twice) whose instructions quote the request and the
 * feedback, whose case is the original request, with two starter variants (the request as
 * it was, and the request asking for a source on every sentence) and checks every draft
 * of the case must pass: valid citations, 80 % supported sentences, the language, and
 * citing at least one of the documents the draft cited. Thread-safe.
 */
public final class DraftCases {

	/** The level of the exercises written: citing sources and checking citations. */
	static final int LEVEL = 2;

	private final ExerciseCatalog catalog;

	public DraftCases(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * A draft to turn into an exercise.
	 *
	 * @param draftId the kept draft
	 * @param kind its kind
	 * @param language its language
	 * @param request the official's request
	 * @param documentIds the documents it drew on (cited, else those the request named)
	 * @param feedback one line per feedback, e.g. {@code 👎 wrong-figure: 847명이 아니라 786명}
	 */
	public record DraftCase(String draftId, DraftKind kind, Language language, String request, List<String> documentIds,
			List<String> feedback) {

		public DraftCase {
			documentIds = List.copyOf(documentIds);
			feedback = List.copyOf(feedback);
		}

	}

	/**
	 * Writes the exercise and returns it as the lab reads it.
	 * @throws IllegalArgumentException when the lab refuses the file it would make
	 */
	public Exercise write(DraftCase c) {
		String shortId = c.draftId().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		String id = "from-draft-" + shortId.substring(0, Math.min(8, shortId.length()));
		boolean korean = c.language() == Language.KO;
		Map<String, Object> exercise = new LinkedHashMap<>();
		exercise.put("id", id);
		exercise.put("level", LEVEL);
		exercise.put("title", (korean ? "피드백 받은 초안 다시 쓰기: " : "Rewrite a draft that got feedback: ") + c.kind().id());
		exercise.put("goal", korean ? "실제 초안에 달린 피드백을 보고, 근거가 맞는 초안이 나오는 요청을 연습합니다."
				: "Practise a request that gives a well-sourced draft, from the feedback a real draft received.");
		exercise.put("kind", c.kind().id());
		exercise.put("language", c.language().code());
		if (!c.documentIds().isEmpty()) {
			exercise.put("documents", c.documentIds());
		}
		exercise.put("instructions", instructions(c, korean));
		exercise.put("variants", List.of(
				Map.of("name", korean ? "원래 요청" : "The original request", "prompt", "{{input}}"),
				Map.of("name", korean ? "근거를 밝힌 요청" : "Asking for sources", "prompt", korean
						? "{{input}}\n모든 문장에 근거 자료 번호를 붙이고, 자료에 없는 수치는 쓰지 마세요."
						: "{{input}}\nCite a source for every sentence and write no figure the sources do not hold.")));
		List<Map<String, Object>> checks = new ArrayList<>();
		checks.add(Map.of("citations", true));
		checks.add(Map.of("supported", 0.8));
		checks.add(Map.of("language", c.language().code()));
		if (!c.documentIds().isEmpty()) {
			checks.add(Map.of("cites", c.documentIds()));
		}
		exercise.put("cases", List.of(Map.of("id", "original", "input", c.request(), "checks", checks)));
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(120);
		String yaml = (korean ? "# 초안 " : "# Draft ") + c.draftId()
				+ (korean ? "과 그 피드백에서 만든 실습\n" : " and its feedback\n") + new Yaml(options).dump(exercise);
		return catalog.add("level-" + LEVEL + "/" + id + ".yaml", yaml);
	}

	private static String instructions(DraftCase c, boolean korean) {
		StringBuilder text = new StringBuilder();
		text.append(korean ? "## 원래 요청\n\n" : "## The original request\n\n").append(c.request()).append("\n\n");
		text.append(korean ? "## 받은 피드백\n\n" : "## The feedback it received\n\n");
		if (c.feedback().isEmpty()) {
			text.append(korean ? "- (아직 없음)\n" : "- (none yet)\n");
		}
		c.feedback().forEach(f -> text.append("- ").append(f).append('\n'));
		text.append(korean ? "\n## 할 일\n\n피드백이 지적한 문제가 없는 초안이 나오도록 요청을 고쳐 실행하고 비교하세요.\n"
				: "\n## What to do\n\nChange the request until the draft no longer has the problems the feedback names; run and compare.\n");
		return text.toString();
	}

}
