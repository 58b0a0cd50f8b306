package csms.service;

import java.time.Instant;

/** A consultation or query was answered; a member customer is due a return visit (VIS-1). */
public record ServiceCompleted(long requestId, long customerId, Long agentId, Instant completedAt) {
}
