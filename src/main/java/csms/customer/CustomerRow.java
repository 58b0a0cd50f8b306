package csms.customer;

import java.time.Instant;

/** One line of the customer list; the phone is always masked (CUS-6). */
public record CustomerRow(long id, CustomerKind kind, String name, String company, String phone, int phoneCount,
        String gradeCode, String gradeName, boolean member, boolean bigCustomer, boolean importantAgreement,
        boolean confidential, Long ownerId, String ownerName, boolean complete, Instant createdAt, Instant updatedAt) {
}
