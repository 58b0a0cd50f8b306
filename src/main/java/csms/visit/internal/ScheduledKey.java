package csms.visit.internal;

/** A customer's visit of a period or occasion (VIS-3 … VIS-5). */
public record ScheduledKey(long customerId, String periodKey) {
}
