package csms.service;

/** A complaint's loop was closed by its follow-up visit (CMP-7). */
public record ComplaintClosed(long requestId, long customerId, Satisfaction satisfaction) {
}
