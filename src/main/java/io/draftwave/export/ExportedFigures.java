package io.draftwave.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;

/**
 * The computed figures a draft cites, as an export lays them out: a footnote saying it is
 * a computed figure (statement, table, document, link) and the chart as a picture after
 * the paragraph holding the figure's first marker, with a caption and a source line, e.g.
 * {@code 그림 1. 2025년 … 세 곳은 교통·주차(54,756건), …입니다.} and
 * {@code 출처: 분야별 민원 접수 현황, 2025 민원 통계, Draftwave 계산}. Pictures are numbered in order of
 * appearance. A document titled as its table (a CSV file holding one table) is named
 * once. A figure whose analysis is no longer kept has no picture, and its footnote says
 * so; one whose result has fewer than two values has no chart to show.
 */
final class ExportedFigures {

	private final Map<Integer, Citation> citations = new HashMap<>();

	private final Map<Integer, FigureDetails> details = new HashMap<>();

	private final boolean korean;

	private ExportedFigures(List<Citation> cited, FigureLookup lookup, Language language) {
		this.korean = language == Language.KO;
		for (Citation c : cited) {
			String analysisId = c.analysisId();
			if (c.isFigure() && analysisId != null && !details.containsKey(c.marker())) {
				citations.put(c.marker(), c);
				details.put(c.marker(), lookup.find(analysisId, c.documentId()));
			}
		}
	}

	static ExportedFigures of(List<Citation> cited, FigureLookup lookup, Language language) {
		return new ExportedFigures(cited, lookup, language);
	}

	/** Whether citation {@code marker} is a computed figure. */
	boolean isFigure(int marker) {
		return details.containsKey(marker);
	}

	/** The footnote of figure citation {@code marker}, ending with its link. */
	ExportedDraft.Note note(int marker, String link) {
		Citation c = citations.get(marker);
		FigureDetails found = details.get(marker);
		String document = sameTitles(c, found) ? "" : (korean ? ", 문서: " : ", document: ") + found.documentTitle();
		String where = (korean ? " (표: " : " (table: ") + c.title() + document + ")";
		String expired = found.kept() ? "" : korean ? " 분석 결과의 보관 기간이 지나 그림을 넣지 못했습니다."
				: " The analysis is no longer kept, so its chart is not included.";
		return new ExportedDraft.Note(marker, korean ? "계산된 수치" : "Computed figure", statement(c) + where + expired,
				link);
	}

	/**
	 * The blocks with each figure's picture after the paragraph holding its first marker.
	 */
	List<ExportedDraft.Block> place(List<ExportedDraft.Block> blocks) {
		List<ExportedDraft.Block> placed = new ArrayList<>();
		Set<Integer> shown = new HashSet<>();
		for (ExportedDraft.Block block : blocks) {
			placed.add(block);
			if (!(block instanceof ExportedDraft.Paragraph paragraph)) {
				continue;
			}
			for (ExportedDraft.Piece piece : paragraph.pieces()) {
				if (piece instanceof ExportedDraft.Reference reference && shown.add(reference.marker())) {
					FigureDetails found = details.get(reference.marker());
					if (found != null && found.png() != null) {
						placed.add(figure(placed.stream().filter(ExportedDraft.Figure.class::isInstance).count() + 1,
								citations.get(reference.marker()), found));
					}
				}
			}
		}
		return placed;
	}

	private ExportedDraft.Figure figure(long number, Citation c, FigureDetails found) {
		String caption = (korean ? "그림 " : "Figure ") + number + ". " + statement(c);
		String titles = sameTitles(c, found) ? c.title() : c.title() + ", " + found.documentTitle();
		String source = korean ? "출처: " + titles + ", Draftwave 계산" : "Source: " + titles + ", computed by Draftwave";
		return new ExportedDraft.Figure((int) number, caption, source, found.png());
	}

	private static boolean sameTitles(Citation c, FigureDetails found) {
		return c.title().strip().equals(found.documentTitle().strip());
	}

	private static String statement(Citation c) {
		return ExportedDraft.plain(c.excerpt());
	}

}
