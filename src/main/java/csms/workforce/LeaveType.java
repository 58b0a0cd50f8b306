package csms.workforce;

/** The kinds of leave 请假 (WFM-1): personal 事假, sick 病假, annual 年假, other. */
public enum LeaveType {
    PERSONAL, SICK, ANNUAL, OTHER
}
