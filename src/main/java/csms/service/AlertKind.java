package csms.service;

/** Why someone is alerted: a crisis event, a missed deadline, an escalation, a promise not kept in time. */
public enum AlertKind {
    CRISIS, BREACH, ESCALATION, PROMISE_OVERDUE
}
