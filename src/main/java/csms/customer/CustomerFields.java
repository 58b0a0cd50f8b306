package csms.customer;

import java.math.BigDecimal;
import java.util.List;

/** What a user states about a customer, shared by the register and update commands. */
public interface CustomerFields {

    CustomerKind kind();

    String name();

    Salutation salutation();

    String company();

    String email();

    String address();

    String requestedServices();

    CustomerSource source();

    String sourceReference();

    String notes();

    List<PhoneEntry> phones();

    List<ContactPersonEntry> contactPersons();

    BigDecimal annualSales();

    Integer potential();

    /** Never null in the commands (a missing flag is false). */
    Boolean member();

    Boolean bigCustomer();

    Boolean importantAgreement();

    /**
     * Confidential 保密 (CUS-6): only the owner's team sees the record; set by supervisors and above. Null (only in
     * {@link CustomerChanges}) keeps the current value.
     */
    Boolean confidential();

    Long accountManagerId();
}
