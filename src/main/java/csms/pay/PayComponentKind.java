package csms.pay;

/** The parts of a monthly pay line (PAY-8), in the order of the pay sheet; deductions are negative amounts. */
public enum PayComponentKind {
    POST_WAGE, PERFORMANCE, COMMISSION, TEAM_BONUS, DISCRETIONARY, SHIFTS, OVERTIME, HOLIDAY_DUTY, COMPREHENSIVE,
    SENIORITY, DEDUCTIONS
}
