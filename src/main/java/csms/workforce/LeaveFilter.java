package csms.workforce;

import java.time.LocalDate;

/** HR's filters over the decisions filed (WFM-1): outcome, department, type, level and the period touched. */
public record LeaveFilter(LeaveStatus status, Long departmentId, LeaveType type, ApproverLevel level, LocalDate from,
        LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    LocalDate fromOrEarliest() {
        return from == null ? EARLIEST : from;
    }

    LocalDate toOrLatest() {
        return to == null ? LATEST : to;
    }
}
