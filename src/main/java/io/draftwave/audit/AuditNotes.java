package io.draftwave.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * What only the code handling a request knows, noted for its audit event while the
 * request runs: the draft's id, sources, figures, model and warnings (from the
 * controller), and what was sent to a model (from the model's drafter, which finds these
 * notes in the Reactor context under {@link #KEY}). The web layer makes one per request
 * and turns it into the {@link AuditEvent} when the answer goes out. Thread-safe: a
 * request's steps may run on different threads.
 */
public final class AuditNotes {

	/** The Reactor context key under which a request's notes are found. */
	public static final Class<AuditNotes> KEY = AuditNotes.class;

	private final List<String> sourceIds = new ArrayList<>();

	private final List<String> figureIds = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> sent = new ArrayList<>();

	private @Nullable String draftId;

	private @Nullable String model;

	private @Nullable String sentModel;

	private @Nullable String modelEndpoint;

	private @Nullable String outcome;

	private volatile boolean answered;

	/**
	 * The notes of the request whose Reactor context is {@code context}, if it has any.
	 */
	public static Optional<AuditNotes> in(ContextView context) {
		return context.getOrEmpty(KEY);
	}

	/**
	 * The passages and figures the answer used, e.g. a search's hits or a draft's
	 * citations.
	 */
	public synchronized void sources(List<String> passageIds, List<String> analysisIds) {
		sourceIds.addAll(passageIds);
		figureIds.addAll(analysisIds);
	}

	/** The draft the request made or read. */
	public synchronized void draft(String id) {
		draftId = id;
	}

	/**
	 * Who wrote the draft ({@code extractive}, {@code none} or a model's name) and its
	 * warnings.
	 */
	public synchronized void written(String modelName, List<String> draftWarnings) {
		model = modelName;
		warnings.addAll(draftWarnings);
	}

	/**
	 * Text is about to leave the service: {@code body} is exactly the bytes sent to the
	 * model at {@code endpoint}. Several calls are noted in order.
	 */
	public synchronized void sent(String modelName, String endpoint, byte[] body) {
		sentModel = modelName;
		modelEndpoint = endpoint;
		sent.add(AuditChain.sha256(body));
	}

	/**
	 * The outcome when the answer carried an error after its status was sent, e.g. in a
	 * stream.
	 */
	public synchronized void failed(String errorType) {
		outcome = errorType;
	}

	/**
	 * The last part of the answer is about to go out: its event must be written first.
	 */
	public void answered() {
		answered = true;
	}

	/** Whether {@link #answered()} was called. */
	public boolean isAnswered() {
		return answered;
	}

	/**
	 * The event of a request, from what the web layer saw and what was noted here.
	 * @param seen the event as the web layer saw it: time, caller, kind, request, status,
	 * outcome and duration; its source, model and draft fields are replaced
	 */
	public synchronized AuditEvent complete(AuditEvent seen) {
		boolean left = !sent.isEmpty();
		String usedModel = sentModel != null ? sentModel : model;
		return new AuditEvent(seen.time(), seen.key(), seen.role(), seen.client(), seen.kind(), seen.endpoint(),
				seen.request(), sourceIds, figureIds, usedModel, modelEndpoint, left,
				left ? String.join(",", sent) : null, draftId != null ? draftId : seen.draftId(), warnings,
				seen.status(), outcome != null && "ok".equals(seen.outcome()) ? outcome : seen.outcome(),
				seen.durationMs());
	}

}
