package csms.service;

import java.time.Instant;

/** A promise to a customer was not kept in time (SVC-6). */
public record PromiseOverdue(long promiseId, long requestId, long agentId, Instant dueAt) {
}
