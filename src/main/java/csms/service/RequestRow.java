package csms.service;

import java.time.Instant;

/**
 * A request as queues and lists show it; {@code stage} and {@code severity} only for complaints. {@code version}
 * lets a list act on the row (an agent takes an unassigned request) against the state it showed.
 */
public record RequestRow(long id, RequestType type, Channel channel, long customerId, String customerName,
        int customerRank, String subject, Priority priority, RequestStatus status, ComplaintStage stage,
        Severity severity, boolean crisis, Long departmentId, String departmentName, Long assigneeId,
        String assigneeName, Instant dueAt, boolean overdue, boolean dueSoon, boolean escalated, String tags,
        Instant createdAt, Instant updatedAt, long version) {

    public boolean bigCustomer() {
        return customerRank >= 1;
    }

    public boolean importantAgreement() {
        return customerRank >= 2;
    }
}
