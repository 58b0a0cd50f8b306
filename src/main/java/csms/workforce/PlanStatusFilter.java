package csms.workforce;

/**
 * The supervisor's list of a period's plans or reports filtered by how they stand: not written, late (not written by the
 * deadline, or first submitted after it), or by state.
 */
public enum PlanStatusFilter {
    MISSING, LATE, SUBMITTED, RETURNED, ACCEPTED;

    public String labelKey() {
        return "plan.filter." + name();
    }
}
