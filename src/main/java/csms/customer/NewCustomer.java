package csms.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Registers a customer record (CUS-1): who, how to reach them, what they ask for, and the classification inputs. */
public record NewCustomer(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 100) String name,
        Salutation salutation,
        @Size(max = 200) String company,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address,
        @Size(max = 1000) String requestedServices,
        @NotNull CustomerSource source,
        @Size(max = 200) String sourceReference,
        @Size(max = 4000) String notes,
        @Valid @Size(max = 10) List<PhoneEntry> phones,
        @Valid @Size(max = 20) List<ContactPersonEntry> contactPersons,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal annualSales,
        @Min(1) @Max(5) Integer potential,
        Boolean member,
        Boolean bigCustomer,
        Boolean importantAgreement,
        Boolean confidential,
        Long accountManagerId) implements CustomerFields {

    public NewCustomer {
        phones = phones == null ? List.of() : phones;
        contactPersons = contactPersons == null ? List.of() : contactPersons;
        member = Boolean.TRUE.equals(member);
        bigCustomer = Boolean.TRUE.equals(bigCustomer);
        importantAgreement = Boolean.TRUE.equals(importantAgreement);
        confidential = Boolean.TRUE.equals(confidential);
    }

    /** A record that is not confidential (the form before CUS-6 confidentiality). */
    public NewCustomer(CustomerKind kind, String name, Salutation salutation, String company, String email,
            String address, String requestedServices, CustomerSource source, String sourceReference, String notes,
            List<PhoneEntry> phones, List<ContactPersonEntry> contactPersons, BigDecimal annualSales,
            Integer potential, Boolean member, Boolean bigCustomer, Boolean importantAgreement,
            Long accountManagerId) {
        this(kind, name, salutation, company, email, address, requestedServices, source, sourceReference, notes,
                phones, contactPersons, annualSales, potential, member, bigCustomer, importantAgreement, false,
                accountManagerId);
    }
}
