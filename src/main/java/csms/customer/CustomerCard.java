package csms.customer;

/**
 * A customer as other modules show it (a caller, the customer of a service request): who it is, its flags and
 * who owns it, with the main phone always masked. Only handed to a user who may know of the customer (CUS-6).
 */
public record CustomerCard(long id, String name, Salutation salutation, CustomerKind kind, String company,
        String maskedPhone, Long ownerId, Long ownerDepartmentId, boolean member, boolean bigCustomer,
        boolean importantAgreement, boolean confidential, String gradeCode) {
}
