package io.draftwave.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Checks the whole chain, oldest event first: every event matches its own hash, names the
 * hash of the event before it, and no number is missing. Starts from the last retention
 * checkpoint when there is one. Finds an event changed in place ({@code update}), removed
 * ({@code delete}) or moved ({@code update … set seq}), and names it: <pre>
 * event 17: changed: its content does not match its hash
 * events 23 to 24: missing (removed)
 * event 31: out of order: it follows event 32, not event 30
 * </pre> The removal of the newest events leaves no trace in the chain itself; compare
 * {@link Result#headSeq()} and {@link Result#headHash()} with a copy kept elsewhere for
 * that.
 */
public final class AuditVerification {

	private final AuditStore store;

	public AuditVerification(AuditStore store) {
		this.store = store;
	}

	/** One thing wrong, at the event numbered {@code seq}. */
	public record Problem(long seq, String what) {

		@Override
		public String toString() {
			return "event " + seq + ": " + what;
		}

	}

	/**
	 * What the check found.
	 *
	 * @param checked events read
	 * @param problems what is wrong, in chain order; empty when the chain is whole
	 * @param checkpoint the retention checkpoint the chain starts from, if any
	 * @param headSeq the last event's number (0 for an empty log)
	 * @param headHash the last event's hash
	 */
	public record Result(long checked, List<Problem> problems, Optional<AuditStore.Checkpoint> checkpoint, long headSeq,
			String headHash) {

		public boolean intact() {
			return problems.isEmpty();
		}

	}

	/** Reads every event and checks the chain; blocking. */
	public Result verify() {
		Optional<AuditStore.Checkpoint> checkpoint = store.lastCheckpoint().blockOptional();
		List<ChainedEvent> events = store.all().collectList().block();
		Map<String, Long> seqByHash = new HashMap<>();
		for (ChainedEvent e : events) {
			seqByHash.putIfAbsent(e.hash(), e.seq());
		}
		checkpoint.ifPresent(c -> seqByHash.putIfAbsent(c.lastHash(), c.lastSeq()));
		List<Problem> problems = new ArrayList<>();
		long expectedSeq = checkpoint.map(c -> c.lastSeq() + 1).orElse(1L);
		String expectedPrev = checkpoint.map(AuditStore.Checkpoint::lastHash).orElse(AuditChain.GENESIS);
		for (ChainedEvent e : events) {
			boolean gap = e.seq() > expectedSeq;
			if (gap) {
				problems.add(new Problem(expectedSeq, e.seq() - 1 == expectedSeq ? "missing (removed)"
						: "missing (removed), and the events up to " + (e.seq() - 1)));
			}
			else if (e.seq() < expectedSeq) {
				problems.add(new Problem(e.seq(), "numbered below the checkpoint of removed events"));
			}
			if (!AuditChain.hash(e.event(), e.prevHash()).equals(e.hash())) {
				problems.add(new Problem(e.seq(), "changed: its content does not match its hash"));
			}
			else if (!e.prevHash().equals(expectedPrev) && !gap) {
				problems.add(new Problem(e.seq(), outOfOrder(e, seqByHash.get(e.prevHash()))));
			}
			expectedSeq = e.seq() + 1;
			expectedPrev = e.hash();
		}
		long headSeq = events.isEmpty() ? checkpoint.map(AuditStore.Checkpoint::lastSeq).orElse(0L)
				: events.getLast().seq();
		return new Result(events.size(), problems, checkpoint, headSeq, expectedPrev);
	}

	private static String outOfOrder(ChainedEvent e, @Nullable Long follows) {
		if (follows == null) {
			return "its previous hash names no event: the event written before it was changed or removed";
		}
		return "out of order: it follows event " + follows + ", not event " + (e.seq() - 1);
	}

}
