package csms.service;

import java.time.Instant;

/** A line of the call record sheet (SVC-3) as the referring agent and the answering department see it. */
public record ReferralView(long id, long requestId, String requestSubject, String customerName, String question,
        long departmentId, String departmentName, long referredBy, String referredByName, Instant referredAt,
        Instant replyDueAt, String answer, Instant answeredAt, String answeredByName, Instant calledBackAt,
        boolean overdue, long version) {
}
