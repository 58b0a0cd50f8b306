package csms.pay;

/** The life of a monthly pay run (PAY-8): computed → reviewed → approved → locked. */
public enum PayRunStatus {
    COMPUTED, REVIEWED, APPROVED, LOCKED
}
