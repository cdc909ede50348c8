package io.draftwave.lab;

import java.util.List;
import java.util.Optional;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;

/**
 * One exercise of the lab, as read from its file.
 *
 * @param id unique among the exercises, e.g. {@code l2-press-release-training}
 * @param level 0 to 4: what data and generative AI can do, writing a clear request,
 * grounding, working from public data, a full policy proposal
 * @param title its title
 * @param goal what the trainee learns, one or two sentences
 * @param instructions for trainees, Markdown
 * @param kind the kind of document drafted
 * @param language the language of the drafts, the checks' reasons and the exercise itself
 * @param documents the corpus documents drafts draw on, as trainers name them (file name,
 * title or id; see {@link DocumentRefs}); empty: the whole corpus
 * @param variants the starter prompts offered to trainees, a weak one and a better one
 * @param cases the test cases, each with its checks
 * @param file where it was read from, relative to the exercises folder
 */
public record Exercise(String id, int level, String title, String goal, String instructions, DraftKind kind,
		Language language, List<String> documents, List<Variant> variants, List<ExerciseCase> cases, String file) {

	public Exercise {
		documents = List.copyOf(documents);
		variants = List.copyOf(variants);
		cases = List.copyOf(cases);
	}

	/** The case with this id. */
	public Optional<ExerciseCase> findCase(String caseId) {
		return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
	}

}
