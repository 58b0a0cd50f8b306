package csms.visit;

/** The agent's lists (VIS-1): all open visits, those due today (overdue ones too), overdue ones, callable now. */
public enum VisitView {
    OPEN, DUE_TODAY, OVERDUE, CALLABLE_NOW, ENDED
}
