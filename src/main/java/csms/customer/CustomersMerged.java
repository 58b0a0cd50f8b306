package csms.customer;

/** A duplicate record was merged into the survivor; modules holding customer ids may re-point theirs. */
public record CustomersMerged(long survivorId, long duplicateId) {
}
