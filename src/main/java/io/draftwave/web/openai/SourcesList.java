package io.draftwave.web.openai;

import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.web.Links;

import org.springframework.web.util.HtmlUtils;

/**
 * The readable list of cited sources that ends every reply, for clients that ignore the
 * {@code citations} field: <pre>
 *
 *
 * 출처:
 * [1] 2024 데이터 인재 양성 결과 — 교육 참여 인원은 847명… (/api/sources/abc%3A3)
 * </pre> headed {@code 출처:} for Korean drafts and {@code Sources:} for English ones,
 * excerpts unescaped from HTML with white space collapsed; "" when nothing is cited.
 */
final class SourcesList {

	private SourcesList() {
	}

	static String of(List<Citation> citations, Language language) {
		if (citations.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n\n").append(language == Language.KO ? "출처:" : "Sources:");
		for (Citation c : citations) {
			String excerpt = HtmlUtils.htmlUnescape(c.excerpt()).strip().replaceAll("\\s+", " ");
			text.append("\n[")
				.append(c.marker())
				.append("] ")
				.append(c.title())
				.append(" — ")
				.append(excerpt)
				.append(" (")
				.append(Links.cited(c.sourceId(), c.analysisId()))
				.append(')');
		}
		return text.toString();
	}

}
