package csms.visit;

/**
 * Why a visit is made: after a service (VIS-1), after a complaint (CMP-7), the periodic satisfaction visit of a
 * segment (VIS-3), the regular visit per customer kind that updates the archive (VIS-4), a special occasion (VIS-5),
 * a campaign (VIS-6).
 */
public enum VisitKind {
    SERVICE, COMPLAINT_FOLLOW_UP, PERIODIC, SPECIAL, CAMPAIGN, REGULAR
}
