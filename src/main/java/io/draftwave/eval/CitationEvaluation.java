package io.draftwave.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.corpus.DocumentRecord;
import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.IngestionProgress;
import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.DraftingService;
import io.draftwave.drafting.SentenceCheck;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.SourcePassage;

/**
 * Drafts an answer to every question of a set and scores the citations: how many markers
 * named a real source, how many sentences the check found supported, how many cited
 * passages hold the answer (precision) and for how many questions a passage holding the
 * answer was cited (recall), and whether questions the corpus does not cover were
 * refused. Blocking.
 */
public final class CitationEvaluation {

	private final DraftingService drafting;

	private final DocumentStore store;

	private final PassageIndex index;

	public CitationEvaluation(DraftingService drafting, DocumentStore store, PassageIndex index) {
		this.drafting = drafting;
		this.store = store;
		this.index = index;
	}

	/**
	 * The figures of one run; shares are between 0 and 1.
	 *
	 * @param questions questions asked
	 * @param answerable questions the corpus covers
	 * @param markers markers the drafter wrote
	 * @param invalidMarkers markers naming no source (removed before anyone saw them)
	 * @param sentences sentences of the answerable drafts
	 * @param supported of those, found supported by their citations
	 * @param cited passages cited by answerable drafts (counted once per draft)
	 * @param citedWithAnswer of those, passages holding the answer
	 * @param answerCited answerable questions whose draft cites a passage holding the
	 * answer
	 * @param refusalsExpected questions the corpus does not cover
	 * @param refusedCorrectly of those, refused
	 * @param refusedWrongly answerable questions that were refused
	 * @param mode the drafters' modes seen, with counts
	 */
	public record Report(int questions, int answerable, int markers, int invalidMarkers, int sentences, int supported,
			int cited, int citedWithAnswer, int answerCited, int refusalsExpected, int refusedCorrectly,
			int refusedWrongly, Map<String, Integer> mode) {

		public double markerValidity() {
			return ratio(markers - invalidMarkers, markers);
		}

		public double supportedShare() {
			return ratio(supported, sentences);
		}

		public double citationPrecision() {
			return ratio(citedWithAnswer, cited);
		}

		public double citationRecall() {
			return ratio(answerCited, answerable);
		}

		private static double ratio(int part, int whole) {
			return whole == 0 ? 0 : (double) part / whole;
		}

		/** The figures as a two-column Markdown table. */
		public String toMarkdown(String title) {
			StringBuilder md = new StringBuilder("| " + title + " | |\n|---|---:|\n");
			row(md, "questions (answerable / not covered)", answerable + " / " + refusalsExpected);
			row(md, "drafter modes", mode.toString());
			row(md, "marker validity (markers naming a source)", pct(markerValidity()) + " of " + markers);
			row(md, "supported sentences", pct(supportedShare()) + " of " + sentences);
			row(md, "citation precision (cited passages holding the answer)",
					pct(citationPrecision()) + " of " + cited);
			row(md, "citation recall (questions whose answer passage is cited)",
					pct(citationRecall()) + " of " + answerable);
			row(md, "refusals of questions the corpus does not cover", refusedCorrectly + " of " + refusalsExpected);
			row(md, "refusals of answerable questions", Integer.toString(refusedWrongly));
			return md.toString();
		}

		private static void row(StringBuilder md, String name, String value) {
			md.append("| ").append(name).append(" | ").append(value).append(" |\n");
		}

		private static String pct(double share) {
			return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
		}

	}

	/** Drafts every question as {@code kind} in the question's own language. */
	public Report run(List<CitationQuestion> questions, DraftKind kind, IngestionProgress progress) {
		Map<String, String> idByFile = new HashMap<>();
		for (DocumentRecord r : store.findAll().collectList().block()) {
			idByFile.putIfAbsent(r.fileName(), r.id());
		}
		Tally tally = new Tally();
		progress.start("Drafting " + questions.size() + " questions", questions.size());
		for (CitationQuestion q : questions) {
			Draft draft = drafting
				.draft(new DraftRequest(kind, q.question(), Language.detect(q.question()), Set.of(),
						DraftRequest.DEFAULT_K, false))
				.block();
			tally.add(q, draft, q.expectsRefusal() ? null : idByFile.get(q.fileName()));
			progress.step(q.question());
		}
		progress.end();
		return tally.report(questions);
	}

	private final class Tally {

		int markers;

		int invalid;

		int sentences;

		int supported;

		int cited;

		int citedWithAnswer;

		int answerCited;

		int refusedCorrectly;

		int refusedWrongly;

		final Map<String, Integer> modes = new LinkedHashMap<>();

		void add(CitationQuestion q, Draft draft, String expectedDocumentId) {
			modes.merge(draft.mode() + "/" + draft.model(), 1, Integer::sum);
			boolean refused = draft.citations().isEmpty()
					&& draft.warnings().stream().anyMatch(w -> w.startsWith("refused"));
			if (q.expectsRefusal()) {
				refusedCorrectly += refused ? 1 : 0;
				return;
			}
			if (refused) {
				refusedWrongly++;
				return;
			}
			invalid += (int) draft.warnings().stream().filter(w -> w.startsWith("removed marker")).count();
			for (SentenceCheck s : draft.sentences()) {
				markers += s.markers().size();
				sentences++;
				supported += s.supported() ? 1 : 0;
			}
			markers += (int) draft.warnings().stream().filter(w -> w.startsWith("removed marker")).count();
			boolean found = false;
			for (Citation c : draft.citations()) {
				cited++;
				if (holdsAnswer(c, q, expectedDocumentId)) {
					citedWithAnswer++;
					found = true;
				}
			}
			answerCited += found ? 1 : 0;
		}

		Report report(List<CitationQuestion> questions) {
			int notCovered = (int) questions.stream().filter(CitationQuestion::expectsRefusal).count();
			return new Report(questions.size(), questions.size() - notCovered, markers, invalid, sentences, supported,
					cited, citedWithAnswer, answerCited, notCovered, refusedCorrectly, refusedWrongly, modes);
		}

	}

	private boolean holdsAnswer(Citation c, CitationQuestion q, String expectedDocumentId) {
		String text = index.findSource(c.sourceId()).map(SourcePassage::text).orElse("");
		return q.answer().matcher(text).find()
				|| (c.documentId().equals(expectedDocumentId) && text.contains(q.phrase()));
	}

}
