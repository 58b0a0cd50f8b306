package csms.service;

import java.time.Instant;

/**
 * A complaint was handled and summarised; the mandatory follow-up visit is due by {@code followUpDueAt} (CMP-7).
 * The return-visit module plans the visit from this event.
 */
public record ComplaintResolved(long requestId, long customerId, Long agentId, Instant followUpDueAt) {
}
