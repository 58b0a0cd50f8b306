package csms.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer record as the viewer may see it: with {@code fullView} false, phones, address, email and the contact
 * persons' phones and emails are masked (CUS-6); {@code confidential}: only the owner's team knows the record.
 * {@code missingFields} names what the archive still lacks (CUS-2).
 */
public record CustomerDetails(long id, CustomerKind kind, String name, String namePinyin, String nameInitials,
        Salutation salutation, String company, String email, String address, String requestedServices,
        CustomerSource source, String sourceReference, String notes, List<PhoneView> phones,
        List<ContactPersonView> contactPersons, BigDecimal annualSales, Integer potential, Long gradeId,
        String gradeCode, String gradeName, boolean member, boolean bigCustomer, boolean importantAgreement,
        boolean confidential, Long accountManagerId, String accountManagerName, Long ownerId, String ownerName, Instant lastContactedAt,
        List<String> missingFields, boolean fullView, boolean editable, Instant createdAt, String createdBy,
        Instant updatedAt, long version) {

    /** A phone number, masked unless shown in full. */
    public record PhoneView(String number, String label) {
    }

    /** A contact person; phone and email masked unless shown in full. */
    public record ContactPersonView(String name, String jobTitle, String phone, String email) {
    }

    public boolean complete() {
        return missingFields.isEmpty();
    }
}
