package csms.pay;

/** An employee in the pay profile list: the account and the profile (null: not yet entered). */
public record PayProfileRow(long userId, String displayName, String agentNumber, Long departmentId,
        PayProfile profile) {
}
