package csms.service;

/** A complaint was accepted and acknowledged (CMP-1). */
public record ComplaintRegistered(long requestId, long customerId, Severity severity, boolean crisis) {
}
