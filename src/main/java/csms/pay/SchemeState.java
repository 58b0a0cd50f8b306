package csms.pay;

/** Where a performance scheme stands: written, waiting for a manager, approved (final) or returned for changes. */
public enum SchemeState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Its author may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
