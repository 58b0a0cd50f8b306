package csms.customer;

import java.time.Instant;

/** A customer after an assignment: who owned it before, who owns it now, and when the first contact is due. */
public record AssignmentOutcome(long customerId, String customerName, Long previousOwnerId, Long ownerId,
        Instant assignedAt, Instant firstContactDueAt, long version) {

    static AssignmentOutcome of(Customer c, Long previousOwnerId) {
        return new AssignmentOutcome(c.getId(), c.getName(), previousOwnerId, c.getOwnerId(), c.getAssignedAt(),
                c.getFirstContactDueAt(), c.getVersion());
    }
}
