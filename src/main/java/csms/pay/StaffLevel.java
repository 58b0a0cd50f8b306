package csms.pay;

/**
 * The level (rank) of an employee: other staff's commission is the level's share of the average agent commission
 * (PAY-5), and the comprehensive allowance (transport, phone) is paid by level (PAY-7).
 */
public enum StaffLevel {
    ASSISTANT(PayRule.LEVEL_ASSISTANT, PayRule.COMPREHENSIVE_ASSISTANT),
    DEPUTY(PayRule.LEVEL_DEPUTY, PayRule.COMPREHENSIVE_DEPUTY),
    STAFF(PayRule.LEVEL_STAFF, PayRule.COMPREHENSIVE_STAFF);

    final PayRule share;
    final PayRule comprehensive;

    StaffLevel(PayRule share, PayRule comprehensive) {
        this.share = share;
        this.comprehensive = comprehensive;
    }
}
