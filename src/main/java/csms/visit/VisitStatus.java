package csms.visit;

/**
 * Where a visit stands. PLANNED and NOT_REACHED are still owed (a visit not reached is tried again); a busy
 * customer's visit stays PLANNED at the agreed time. DONE, REFUSED and CANCELLED end it.
 */
public enum VisitStatus {
    PLANNED, NOT_REACHED, DONE, REFUSED, CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == NOT_REACHED;
    }
}
