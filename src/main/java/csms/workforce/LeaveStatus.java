package csms.workforce;

/** Where a leave application stands; a decision is final, a pending or approved leave may be cancelled before it starts. */
public enum LeaveStatus {
    PENDING, APPROVED, REJECTED, CANCELLED
}
