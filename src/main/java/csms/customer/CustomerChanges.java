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

/**
 * The whole record as the user edited it, with the version they saw: a stale version is refused (409).
 * The version may be null here when the API caller sends it as {@code If-Match} instead. A missing
 * {@code confidential} keeps the record's confidentiality: a client unaware of it never opens a record by accident.
 */
public record CustomerChanges(
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
        Long accountManagerId,
        Long version) implements CustomerFields {

    public CustomerChanges {
        phones = phones == null ? List.of() : phones;
        contactPersons = contactPersons == null ? List.of() : contactPersons;
        member = Boolean.TRUE.equals(member);
        bigCustomer = Boolean.TRUE.equals(bigCustomer);
        importantAgreement = Boolean.TRUE.equals(importantAgreement);
    }

    /** Changes that keep the record's confidentiality as it is (the form before CUS-6 confidentiality). */
    public CustomerChanges(CustomerKind kind, String name, Salutation salutation, String company, String email,
            String address, String requestedServices, CustomerSource source, String sourceReference, String notes,
            List<PhoneEntry> phones, List<ContactPersonEntry> contactPersons, BigDecimal annualSales,
            Integer potential, Boolean member, Boolean bigCustomer, Boolean importantAgreement,
            Long accountManagerId, Long version) {
        this(kind, name, salutation, company, email, address, requestedServices, source, sourceReference, notes,
                phones, contactPersons, annualSales, potential, member, bigCustomer, importantAgreement, null,
                accountManagerId, version);
    }

    /** The same changes against the given version (taken from {@code If-Match} when the body has none). */
    public CustomerChanges withVersion(long v) {
        return new CustomerChanges(kind, name, salutation, company, email, address, requestedServices, source,
                sourceReference, notes, phones, contactPersons, annualSales, potential, member, bigCustomer,
                importantAgreement, confidential, accountManagerId, v);
    }
}
