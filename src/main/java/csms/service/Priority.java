package csms.service;

/** How urgent a request is; queues show the more urgent first within the same due time. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
