package io.draftwave.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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
import io.draftwave.search.SearchHit;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.SourcePassage;

/**
 * Drafts every question of a set and measures whether the draft states the gold answer,
 * beside a baseline that needs no drafter: the top search hit's passage cut to the
 * draft's length.
 * <p>
 * Per question: the draft's text without markers (headings and fixed lines included)
 * contains the answer ({@link AnswerQuestion#answeredBy}); the first {@code n} characters
 * of the full passage of the question's top hit contain it, {@code n} being that draft
 * text's length; the draft cites a gold passage (a passage of the gold file, holding the
 * phrase when the question names one). A refused question counts as not answered, with a
 * cut of length 0. Sentence support and marker validity are summed as in
 * {@link CitationEvaluation}. Blocking.
 */
public final class AnswerEvaluation {

	private final DraftingService drafting;

	private final DocumentStore store;

	private final PassageIndex index;

	public AnswerEvaluation(DraftingService drafting, DocumentStore store, PassageIndex index) {
		this.drafting = drafting;
		this.store = store;
		this.index = index;
	}

	/**
	 * The figures of one set; shares between 0 and 1.
	 *
	 * @param set the question set's name
	 * @param kind the draft kind asked for
	 * @param questions questions asked
	 * @param refused of those, refused instead of drafted
	 * @param contained drafts containing the gold answer
	 * @param cutContained length-matched cuts of the top hit's passage containing it
	 * @param goldCited drafts citing a gold passage
	 * @param draftChars characters of all drafts' text without markers
	 * @param sentences sentences of the drafts
	 * @param supported of those, found supported by their citations
	 * @param markers markers written, removed ones included
	 * @param invalidMarkers markers naming no source
	 */
	public record Report(String set, String kind, int questions, int refused, int contained, int cutContained,
			int goldCited, long draftChars, int sentences, int supported, int markers, int invalidMarkers) {

		public double containment() {
			return ratio(contained, questions);
		}

		public double cutContainment() {
			return ratio(cutContained, questions);
		}

		/** Containment over the cut's; 0 when the cut never contains the answer. */
		public double containmentRatio() {
			return ratio(contained, cutContained);
		}

		public double goldCitation() {
			return ratio(goldCited, questions);
		}

		public double meanDraftChars() {
			return questions == 0 ? 0 : (double) draftChars / questions;
		}

		public double supportedShare() {
			return ratio(supported, sentences);
		}

		public double markerValidity() {
			return ratio(markers - invalidMarkers, markers);
		}

		private static double ratio(long part, long whole) {
			return whole == 0 ? 0 : (double) part / whole;
		}

	}

	/** One drafted question, for reading the drafts. */
	public record Drafted(AnswerQuestion question, Draft draft, boolean contained, String cut, boolean cutContained) {
	}

	/** Drafts every question as {@code kind} in the question's own language. */
	public Report run(String set, List<AnswerQuestion> questions, DraftKind kind, IngestionProgress progress,
			Consumer<Drafted> each) {
		Map<String, String> fileById = new HashMap<>();
		for (DocumentRecord r : store.findAll().collectList().block()) {
			fileById.put(r.id(), r.fileName());
		}
		int refused = 0, contained = 0, cutContained = 0, goldCited = 0, sentences = 0, supported = 0, markers = 0,
				invalid = 0;
		long chars = 0;
		progress.start("Drafting " + questions.size() + " questions of " + set, questions.size());
		for (AnswerQuestion q : questions) {
			Draft draft = drafting
				.draft(new DraftRequest(kind, q.question(), Language.detect(q.question()), Set.of(),
						DraftRequest.DEFAULT_K, false))
				.block();
			boolean wasRefused = draft.citations().isEmpty()
					&& draft.warnings().stream().anyMatch(w -> w.startsWith("refused"));
			String plain = wasRefused ? "" : AnswerQuestion.withoutMarkers(draft.text());
			String cut = cut(q.question(), plain.length());
			boolean hit = !wasRefused && q.answeredBy(plain);
			boolean cutHit = !cut.isEmpty() && q.answeredBy(cut);
			refused += wasRefused ? 1 : 0;
			contained += hit ? 1 : 0;
			cutContained += cutHit ? 1 : 0;
			chars += plain.length();
			if (!wasRefused) {
				goldCited += draft.citations().stream().anyMatch(c -> isGold(c, q, fileById)) ? 1 : 0;
				int removed = (int) draft.warnings().stream().filter(w -> w.startsWith("removed marker")).count();
				invalid += removed;
				markers += removed;
				for (SentenceCheck s : draft.sentences()) {
					sentences++;
					supported += s.supported() ? 1 : 0;
					markers += s.markers().size();
				}
			}
			each.accept(new Drafted(q, draft, hit, cut, cutHit));
			progress.step(q.question());
		}
		progress.end();
		return new Report(set, kind.id(), questions.size(), refused, contained, cutContained, goldCited, chars,
				sentences, supported, markers, invalid);
	}

	/**
	 * The first {@code length} characters of the top hit's full passage, or "" when
	 * nothing is found.
	 */
	private String cut(String question, int length) {
		if (length == 0) {
			return "";
		}
		List<SearchHit> hits = index.retrieve(new SearchQuery(question, 1, null, Set.of()));
		if (hits.isEmpty()) {
			return "";
		}
		String text = index.findSource(hits.getFirst().sourceId()).map(SourcePassage::text).orElse("");
		return text.substring(0, Math.min(length, text.length()));
	}

	private boolean isGold(Citation c, AnswerQuestion q, Map<String, String> fileById) {
		if (!q.goldFile().equals(fileById.get(c.documentId()))) {
			return false;
		}
		if (q.phrase() == null) {
			return true;
		}
		String text = index.findSource(c.sourceId()).map(SourcePassage::text).orElse("");
		return AnswerQuestion.squeeze(text).contains(AnswerQuestion.squeeze(q.phrase()));
	}

	/** The reports as one Markdown table, a column per set. */
	public static String toMarkdown(List<Report> reports) {
		StringBuilder md = new StringBuilder("| answers |");
		reports.forEach(r -> md.append(' ').append(r.set()).append(" (").append(r.kind()).append(") |"));
		md.append("\n|---|");
		reports.forEach(r -> md.append("---:|"));
		md.append('\n');
		row(md, reports, "questions (refused)", r -> r.questions() + " (" + r.refused() + ")");
		row(md, reports, "answer containment, draft", r -> fixed(r.containment()));
		row(md, reports, "answer containment, top hit cut to the draft's length", r -> fixed(r.cutContainment()));
		row(md, reports, "draft / cut", r -> fixed(r.containmentRatio()));
		row(md, reports, "gold passage cited", r -> fixed(r.goldCitation()));
		row(md, reports, "mean draft length (characters without markers)",
				r -> String.format(Locale.ROOT, "%.0f", r.meanDraftChars()));
		row(md, reports, "supported sentences", r -> fixed(r.supportedShare()) + " of " + r.sentences());
		row(md, reports, "marker validity", r -> fixed(r.markerValidity()) + " of " + r.markers());
		return md.toString();
	}

	private static void row(StringBuilder md, List<Report> reports, String label,
			java.util.function.Function<Report, String> value) {
		md.append("| ").append(label).append(" |");
		reports.forEach(r -> md.append(' ').append(value.apply(r)).append(" |"));
		md.append('\n');
	}

	private static String fixed(double share) {
		return String.format(Locale.ROOT, "%.3f", share);
	}

}
