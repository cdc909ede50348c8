/**
 * The audit trail: who asked what, which sources and which model were used, and what left
 * the service, kept in the relational store so that any change to it shows.
 * <p>
 * The web layer turns each audited request into an {@link io.draftwave.audit.AuditEvent}
 * (time, key name and role, client, kind, masked request, source and figure ids, model
 * and endpoint, whether text left and the SHA-256 of exactly what was sent, draft id,
 * warnings, outcome, duration); code that alone knows a part adds it to the request's
 * {@link io.draftwave.audit.AuditNotes} (the model's drafter finds them in the Reactor
 * context). {@link io.draftwave.audit.AuditTrail} queues the event and one writer thread
 * numbers it, chains it to the one before by hash ({@link io.draftwave.audit.AuditChain})
 * and commits it with whatever else queued meanwhile, in one multi-row insert into the
 * {@link io.draftwave.audit.AuditStore}. {@link io.draftwave.audit.AuditVerification}
 * reads the chain back and names any event changed, removed or moved. The same writer
 * removes events older than {@code draftwave.audit.keep-for}, leaving a checkpoint with
 * the last removed event's hash, so the rest still verifies.
 * <p>
 * Why a queue whose write the answer waits for, and not an outbox: an outbox written in
 * the request's own transaction would put a database write on the path of every search
 * and draft, one commit each, and the drafts and searches have no transaction of their
 * own to join. With the queue, the answer's last bytes wait for the commit of the batch
 * holding its event: a burst of requests costs one commit per batch, the wait is a few
 * milliseconds (measured with {@code bench-audit}), and an answer that reached its client
 * always has its event on disk, even after {@code kill -9}. What is lost on
 * {@code kill -9} is only the events of answers not yet sent. On SIGTERM the web server
 * finishes its requests first, then the writer writes out its queue before the database
 * closes. This package depends on nothing but {@code security}, and knows nothing of
 * HTTP.
 */
@NullMarked
package io.draftwave.audit;

import org.jspecify.annotations.NullMarked;
