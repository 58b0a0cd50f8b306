package csms.workforce;

/** Where a plan or report stands: submitted (the author may still change it), returned for rework, or accepted (final). */
public enum PlanState {
    SUBMITTED, RETURNED, ACCEPTED;

    public String labelKey() {
        return "plan.state." + name();
    }
}
