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

    Long accountManagerId();
}
