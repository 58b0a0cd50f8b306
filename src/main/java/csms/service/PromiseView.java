package csms.service;

import java.time.Instant;

/** A promise to a customer as lists show it; {@code overdue} ones show in red (SVC-6). */
public record PromiseView(long id, long requestId, String requestSubject, String customerName, long agentId,
        String agentName, String description, Instant dueAt, Instant keptAt, boolean overdue, long version) {
}
