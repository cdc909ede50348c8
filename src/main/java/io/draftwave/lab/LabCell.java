package io.draftwave.lab;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a run: one variant with one model setting on one test case.
 *
 * @param cellId its id within the run, {@code c1} .. {@code cN} in grid order
 * @param variant the variant's name
 * @param model the model's id
 * @param temperature the temperature of a language model, null for the extractive drafter
 * @param caseId the test case's id
 * @param status where it is
 * @param prompt the full text sent to the drafter, system and user messages; empty until
 * drafted (or when the request was refused before a drafter was called)
 * @param output the checked draft text with its markers
 * @param mode {@code llm} or {@code extractive}, as the drafter reported; empty until
 * drafted
 * @param citations the draft's citations
 * @param warnings the draft's warnings
 * @param tookMs the cell's measured time, request to checked draft; 0 until finished
 * @param error why the cell failed, when it failed
 * @param checks the checks' outcomes, in the case's order; when the cell failed every
 * check is failed
 * @param score share of checks passed, 0..1; null until finished
 */
public record LabCell(String cellId, String variant, String model, @Nullable Double temperature, String caseId,
		CellStatus status, String prompt, String output, String mode, List<CellCitation> citations,
		List<String> warnings, long tookMs, @Nullable String error, List<CheckResult> checks, @Nullable Double score) {

	public LabCell {
		citations = List.copyOf(citations);
		warnings = List.copyOf(warnings);
		checks = List.copyOf(checks);
	}

	/** A cell not yet drafted. */
	static LabCell pending(String cellId, String variant, ModelSetting setting, String caseId) {
		return new LabCell(cellId, variant, setting.model(), setting.temperature(), caseId, CellStatus.PENDING, "", "",
				"", List.of(), List.of(), 0, null, List.of(), null);
	}

	LabCell withStatus(CellStatus newStatus) {
		return new LabCell(cellId, variant, model, temperature, caseId, newStatus, prompt, output, mode, citations,
				warnings, tookMs, error, checks, score);
	}

	/** The cell again as it was before it was drafted. */
	LabCell reset() {
		return pending(cellId, variant, setting(), caseId);
	}

	ModelSetting setting() {
		return new ModelSetting(model, temperature);
	}

	long passed() {
		return checks.stream().filter(CheckResult::passed).count();
	}

	/**
	 * A cited source as the cell keeps it.
	 *
	 * @param marker the number n of [n]
	 * @param sourceId the passage
	 * @param documentId its document
	 * @param title its document's title
	 * @param excerpt a short excerpt of the passage
	 */
	public record CellCitation(int marker, String sourceId, String documentId, String title, String excerpt) {
	}

}
