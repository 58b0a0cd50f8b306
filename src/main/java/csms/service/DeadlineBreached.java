package csms.service;

import java.time.Instant;

/** A request's step passed its deadline (CMP-8); escalated to the team's supervisor. */
public record DeadlineBreached(long requestId, String step, Instant dueAt, Long departmentId, Long assigneeId,
        boolean crisis) {
}
