package csms.visit;

/** What the agent records after the call (VIS-1): reached, not reached, call back at an agreed time, refused. */
public enum VisitOutcome {
    REACHED, NOT_REACHED, CALL_BACK, REFUSED
}
