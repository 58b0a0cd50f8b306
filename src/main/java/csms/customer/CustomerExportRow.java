package csms.customer;

import csms.identity.UserAccount;
import csms.shared.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One exported customer. Phones (as {@code number(label)}), email and address are in full only when the exporter
 * may see this record in full, as on the detail page (CUS-6); otherwise masked.
 */
public record CustomerExportRow(long id, CustomerKind kind, String name, Salutation salutation, String company,
        List<String> phones, String email, String address, String requestedServices, CustomerSource source,
        String sourceReference, String notes, String gradeCode, boolean member, boolean bigCustomer,
        boolean importantAgreement, boolean confidential, String accountManager, String ownerName, BigDecimal annualSales,
        Integer potential, Instant createdAt, Instant updatedAt, boolean complete, boolean fullView) {

    public CustomerExportRow {
        phones = List.copyOf(phones);
    }

    static CustomerExportRow of(Customer c, boolean full, ClassificationStandard standard,
            Map<Long, UserAccount> users) {
        List<String> phones = c.getPhones().stream()
                .map(p -> (full ? p.getNumber() : p.masked()) + (p.getLabel() == null ? "" : "(" + p.getLabel() + ")"))
                .toList();
        UserAccount owner = c.getOwnerId() == null ? null : users.get(c.getOwnerId());
        UserAccount manager = c.getAccountManagerId() == null ? null : users.get(c.getAccountManagerId());
        return new CustomerExportRow(c.getId(), c.getKind(), c.getName(), c.getSalutation(), c.getCompany(), phones,
                full ? c.getEmail() : Masking.email(c.getEmail()),
                full ? c.getAddress() : Masking.address(c.getAddress()), c.getRequestedServices(), c.getSource(),
                c.getSourceReference(), c.getNotes(), standard.codeOf(c.getGradeId()), c.isMember(),
                c.isBigCustomer(), c.isImportantAgreement(), c.isConfidential(),
                manager == null ? null : reference(manager),
                owner == null ? null : owner.getDisplayName(), c.getAnnualSales(), c.getPotential(), c.getCreatedAt(),
                c.getUpdatedAt(), c.isComplete(), full);
    }

    /** How the account manager is written so that the import finds them again: agent number, else user name. */
    private static String reference(UserAccount user) {
        return user.getAgentNumber() != null && !user.getAgentNumber().isBlank() ? user.getAgentNumber()
                : user.getUsername();
    }
}
