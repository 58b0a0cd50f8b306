package csms.customer;

import java.time.Instant;

/** An owner let the first contact of a newly assigned customer pass its due time (CUS-5); published once. */
public record FirstContactOverdue(long customerId, long ownerId, Instant dueAt) {
}
