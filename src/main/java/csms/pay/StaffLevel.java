package csms.pay;

/** The level of staff outside the agent groups (PAY-5): their commission is a share of the average agent commission. */
public enum StaffLevel {
    ASSISTANT(PayRule.LEVEL_ASSISTANT), DEPUTY(PayRule.LEVEL_DEPUTY), STAFF(PayRule.LEVEL_STAFF);

    final PayRule share;

    StaffLevel(PayRule share) {
        this.share = share;
    }
}
