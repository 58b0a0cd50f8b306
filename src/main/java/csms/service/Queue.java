package csms.service;

/**
 * The agent workspace's queues: my open requests, my team's, the unassigned ones, those due soon, those overdue,
 * the escalated ones (supervisors), and all requests the viewer may see (search).
 */
public enum Queue {
    MINE, TEAM, UNASSIGNED, DUE_SOON, OVERDUE, ESCALATED, ALL
}
