package csms.visit;

/** Why a visit is made: after a service (VIS-1), after a complaint (CMP-7); the others come with VIS-3 … VIS-6. */
public enum VisitKind {
    SERVICE, COMPLAINT_FOLLOW_UP, PERIODIC, SPECIAL, CAMPAIGN
}
