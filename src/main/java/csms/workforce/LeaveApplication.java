package csms.workforce;

/** What an applicant fills in (WFM-1); urgent with its reason when the start is inside the notice period. */
public record LeaveApplication(LeaveType type, String reason, LeavePeriod period, boolean urgent,
        String urgentReason) {
}
