package csms.customer;

import java.time.Instant;

/** The customer whose contact records are shown, with its owner and the state of the first-contact duty. */
public record ContactRecordSubject(long customerId, String name, Long ownerId, String ownerName, Instant assignedAt,
        Instant firstContactDueAt, Instant firstContactedAt, Instant lastContactedAt, boolean firstContactPending,
        boolean firstContactOverdue) {
}
