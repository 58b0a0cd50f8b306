package csms.workforce;

/** An overtime entry's state: entered by the employee it waits for the supervisor; the supervisor's own count. */
public enum OvertimeStatus {
    PENDING, APPROVED, REJECTED;

    public String labelKey() {
        return "overtime.status." + name();
    }
}
