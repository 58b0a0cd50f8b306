package csms.customer;

import java.time.Instant;

/** An open first-contact duty: the owner must contact the newly assigned customer by the due time (CUS-5). */
public record FirstContactDuty(long customerId, String customerName, Integer potential, boolean bigCustomer,
        long ownerId, String ownerName, Instant assignedAt, Instant dueAt, boolean overdue) {

    static FirstContactDuty of(Customer c, String ownerName, Instant now) {
        return new FirstContactDuty(c.getId(), c.getName(), c.getPotential(), c.isBigCustomer(), c.getOwnerId(),
                ownerName, c.getAssignedAt(), c.getFirstContactDueAt(), c.isFirstContactOverdue(now));
    }
}
