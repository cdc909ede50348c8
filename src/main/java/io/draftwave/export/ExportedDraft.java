package io.draftwave.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import org.jspecify.annotations.Nullable;

/**
 * A draft read for layout: a title line, the text's headings and paragraphs with every
 * known {@code [n]} marker turned into a {@link Reference}, a {@link Figure} after the
 * paragraph citing a computed figure first ({@link ExportedFigures}), and one
 * {@link Note} per citation, by marker. A marker naming no citation stays in the text as
 * written.
 */
record ExportedDraft(String title, List<Block> blocks, List<Note> notes) {

	/** {@code [1]} or {@code [1, 2]}, with the spaces before it. */
	private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d+(?:,\\s*\\d+)*)\\]");

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", " ");

	ExportedDraft {
		blocks = List.copyOf(blocks);
		notes = List.copyOf(notes);
	}

	sealed interface Block {

	}

	/** A heading: level 1 for {@code #} and {@code ##}, level 2 below. */
	record Heading(int level, String text) implements Block {
	}

	/** A body paragraph. */
	record Paragraph(List<Piece> pieces) implements Block {

		Paragraph {
			pieces = List.copyOf(pieces);
		}

	}

	/**
	 * A computed figure's chart.
	 *
	 * @param number its number among the draft's pictures, from 1
	 * @param caption e.g. {@code 그림 1. <statement>}
	 * @param source e.g. {@code 출처: <table>, <document>, Draftwave 계산}
	 * @param png the chart as a PNG image
	 */
	record Figure(int number, String caption, String source, byte[] png) implements Block {
	}

	sealed interface Piece {

	}

	record Text(String text) implements Piece {
	}

	/** A footnote reference to the note of citation {@code marker}. */
	record Reference(int marker) implements Piece {
	}

	/**
	 * A citation as a footnote shows it.
	 *
	 * @param excerpt plain text: tags removed, entities unescaped
	 * @param link the passage's address (a computed figure's: its analysis's), absolute
	 * when a base URL is configured
	 */
	record Note(int marker, String title, String excerpt, String link) {

		/** The footnote's one line: title, excerpt and link. */
		String text() {
			return title + ". " + excerpt + " " + link;
		}

	}

	static ExportedDraft of(Draft draft, LocalDate date, String baseUrl, FigureLookup figureLookup) {
		return of(draft, date, baseUrl, figureLookup, null, ZoneId.of("Asia/Seoul"));
	}

	/**
	 * The draft read for layout; with an approval, a last paragraph says who approved it
	 * and when, in {@code zone}: {@code 승인: budget-team-lead, 2026. 3. 2. 14:05 (KST)} or
	 * {@code Approved by budget-team-lead on 2026-03-02 14:05 (KST)}.
	 */
	static ExportedDraft of(Draft draft, LocalDate date, String baseUrl, FigureLookup figureLookup,
			@Nullable Approval approval, ZoneId zone) {
		ExportedFigures figures = ExportedFigures.of(draft.citations(), figureLookup, draft.language());
		Map<Integer, Citation> citations = draft.citations()
			.stream()
			.collect(Collectors.toMap(Citation::marker, Function.identity(), (a, b) -> a));
		List<Block> blocks = new ArrayList<>();
		for (String line : draft.text().split("\\R")) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			Matcher heading = HEADING.matcher(stripped);
			if (heading.matches()) {
				blocks.add(new Heading(heading.group(1).length() <= 2 ? 1 : 2, heading.group(2).strip()));
			}
			else {
				blocks.add(new Paragraph(pieces(stripped, citations)));
			}
		}
		List<Note> notes = draft.citations()
			.stream()
			.map(c -> figures.isFigure(c.marker()) ? figures.note(c.marker(), baseUrl + link(c))
					: new Note(c.marker(), c.title(), plain(c.excerpt()), baseUrl + link(c)))
			.sorted((a, b) -> Integer.compare(a.marker(), b.marker()))
			.toList();
		List<Block> placed = new ArrayList<>(figures.place(blocks));
		if (approval != null) {
			placed.add(new Paragraph(List.of(new Text(approvalLine(approval, draft.language(), zone)))));
		}
		return new ExportedDraft(title(draft.kind(), draft.language(), date), placed, notes);
	}

	/** The closing line of an approved draft. */
	static String approvalLine(Approval approval, Language language, ZoneId zone) {
		ZonedDateTime at = approval.approvedAt().atZone(zone);
		String zoneName = zone.getId().equals("Asia/Seoul") ? "KST" : zone.getId();
		return language == Language.KO
				? "승인: " + approval.approvedBy() + ", " + at.format(DateTimeFormatter.ofPattern("yyyy. M. d. HH:mm"))
						+ " (" + zoneName + ")"
				: "Approved by " + approval.approvedBy() + " on "
						+ at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (" + zoneName + ")";
	}

	static String title(DraftKind kind, Language language, LocalDate date) {
		boolean korean = language == Language.KO;
		String name = switch (kind) {
			case PRESS_RELEASE -> korean ? "보도자료" : "Press release";
			case POLICY_REPORT -> korean ? "정책 보고서" : "Policy report";
			case COMPLAINT_REPLY -> korean ? "민원 답변" : "Reply to a complaint";
			case MEMO -> korean ? "내부 메모" : "Memo";
			case ANSWER -> korean ? "답변" : "Answer";
		};
		return name + " " + date.format(DateTimeFormatter.ofPattern(korean ? "yyyy. M. d." : "yyyy-MM-dd"));
	}

	/** The text without HTML tags, its entities unescaped and its spaces collapsed. */
	static String plain(String html) {
		String text = TAG.matcher(html).replaceAll("");
		Matcher entity = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			entity.appendReplacement(out, Matcher.quoteReplacement(unescape(entity.group(1), entity.group())));
		}
		entity.appendTail(out);
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	private static String unescape(String name, String whole) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException ex) {
			return whole;
		}
		return NAMED.getOrDefault(name, whole);
	}

	private static List<Piece> pieces(String line, Map<Integer, Citation> citations) {
		List<Piece> pieces = new ArrayList<>();
		Matcher marker = MARKER.matcher(line);
		int from = 0;
		while (marker.find()) {
			List<Integer> numbers = new ArrayList<>();
			for (String n : marker.group(1).split(",\\s*")) {
				numbers.add(Integer.parseInt(n));
			}
			if (!citations.keySet().containsAll(numbers)) {
				continue;
			}
			if (marker.start() > from) {
				pieces.add(new Text(line.substring(from, marker.start())));
			}
			numbers.forEach(n -> pieces.add(new Reference(n)));
			from = marker.end();
		}
		if (from < line.length()) {
			pieces.add(new Text(line.substring(from)));
		}
		return pieces;
	}

	/** The passage's address, or for a computed figure its analysis's. */
	private static String link(Citation c) {
		String analysisId = c.analysisId();
		return analysisId != null ? "/api/analyses/" + encode(analysisId) : "/api/sources/" + encode(c.sourceId());
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
