package csms.service;

import java.time.Duration;
import java.time.Instant;

/**
 * A request as its page and the API show it, with what the viewer may do: work it (steps, notes), approve
 * (supervisors, CMP-4) and dispatch it to another agent or team. {@code businessTimeLeft} is negative when overdue.
 */
public record RequestDetails(long id, RequestType type, Channel channel, long customerId, String customerName,
        int customerRank, String subject, String description, Priority priority, String tags, RequestStatus status,
        Long departmentId, String departmentName, Long assigneeId, String assigneeName, long createdById,
        String createdByName, Instant createdAt, Instant updatedAt, Instant dueAt, Duration businessTimeLeft,
        boolean overdue, Instant escalatedAt, String escalationReason, Instant customerVerifiedAt,
        String customerVerifiedByName, Instant resolvedAt, Instant closedAt, ComplaintView complaint,
        boolean mayWork, boolean mayApprove, boolean mayDispatch, long version) {

    /** Not a JSON property: it would hide the {@code complaint} view of the same name. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isComplaint() {
        return complaint != null;
    }
}
