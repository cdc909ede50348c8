package io.draftwave.web;

import java.util.List;
import java.util.Objects;

import io.draftwave.audit.AuditNotes;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import reactor.util.context.ContextView;

/**
 * Notes a finished draft for the request's audit event: its id, the passages and figures
 * it cites, who wrote it and its warnings. Used by the REST and the OpenAI-compatible
 * draft endpoints alike.
 */
public final class DraftAudit {

	private DraftAudit() {
	}

	/**
	 * Notes {@code draft} in the notes of the request whose context is {@code context}.
	 */
	public static void noteDone(ContextView context, Draft draft) {
		AuditNotes.in(context).ifPresent(notes -> note(notes, draft));
	}

	/**
	 * Notes that the request's answer is about to end with an error carried in the
	 * stream.
	 */
	public static void noteFailed(ContextView context, String errorType) {
		AuditNotes.in(context).ifPresent(notes -> {
			notes.failed(errorType);
			notes.answered();
		});
	}

	static void note(AuditNotes notes, Draft draft) {
		List<Citation> citations = draft.citations();
		notes.draft(draft.draftId());
		notes.sources(citations.stream().filter(c -> c.analysisId() == null).map(Citation::sourceId).toList(),
				citations.stream().map(Citation::analysisId).filter(Objects::nonNull).toList());
		notes.written(draft.model(), draft.warnings());
		notes.answered();
	}

}
