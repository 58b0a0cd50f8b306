package csms.customer;

import csms.audit.AuditEntry;
import csms.audit.Changes.Change;
import csms.customer.CustomerDetails.ContactPersonView;
import csms.customer.CustomerDetails.PhoneView;
import csms.identity.UserAccount;
import csms.shared.Masking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns records into what a viewer may see: details masked or full, list rows always masked, history masked. */
final class CustomerViews {

    private static final String EMPTY = "∅";

    private CustomerViews() {
    }

    static CustomerDetails details(Customer c, boolean full, boolean editable, ClassificationStandard standard,
            Map<Long, UserAccount> users) {
        var grade = standard.byId(c.getGradeId());
        List<PhoneView> phones = c.getPhones().stream()
                .map(p -> new PhoneView(full ? p.getNumber() : p.masked(), p.getLabel())).toList();
        List<ContactPersonView> persons = c.getContactPersons().stream()
                .map(p -> new ContactPersonView(p.getName(), p.getJobTitle(),
                        full ? p.getPhone() : Masking.phone(p.getPhone()), full ? p.getEmail() : Masking.email(p.getEmail())))
                .toList();
        return new CustomerDetails(c.getId(), c.getKind(), c.getName(), c.getNamePinyin(), c.getNameInitials(),
                c.getSalutation(), c.getCompany(), full ? c.getEmail() : Masking.email(c.getEmail()),
                full ? c.getAddress() : Masking.address(c.getAddress()), c.getRequestedServices(), c.getSource(),
                c.getSourceReference(), c.getNotes(), phones, persons, c.getAnnualSales(), c.getPotential(),
                c.getGradeId(), grade.map(CustomerGrade::getCode).orElse(null),
                grade.map(CustomerGrade::getName).orElse(null), c.isMember(), c.isBigCustomer(),
                c.isImportantAgreement(), c.isConfidential(), c.getAccountManagerId(), nameOf(users, c.getAccountManagerId()),
                c.getOwnerId(), nameOf(users, c.getOwnerId()), c.getLastContactedAt(), c.missingFields(), full,
                editable, c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getVersion());
    }

    static CustomerRow row(Customer c, ClassificationStandard standard, Map<Long, UserAccount> users) {
        var grade = standard.byId(c.getGradeId());
        List<Phone> phones = c.getPhones();
        return new CustomerRow(c.getId(), c.getKind(), c.getName(), c.getCompany(),
                phones.isEmpty() ? null : phones.get(0).masked(), phones.size(),
                grade.map(CustomerGrade::getCode).orElse(null), grade.map(CustomerGrade::getName).orElse(null),
                c.isMember(), c.isBigCustomer(), c.isImportantAgreement(), c.isConfidential(), c.getOwnerId(),
                nameOf(users, c.getOwnerId()),
                c.isComplete(), c.getCreatedAt(), c.getUpdatedAt());
    }

    /** An audit entry as history; contact data in the changes is masked unless the viewer sees the record in full. */
    static HistoryEntry history(AuditEntry e, boolean full) {
        List<Change> changes = new ArrayList<>();
        if (e.getChanges() != null) {
            for (String line : e.getChanges().split("\n")) {
                int colon = line.indexOf(": ");
                int arrow = colon < 0 ? -1 : line.indexOf(" → ", colon + 2);
                if (arrow < 0) {
                    continue;
                }
                String field = line.substring(0, colon);
                String before = value(line.substring(colon + 2, arrow));
                String after = value(line.substring(arrow + 3));
                if (!full && CustomerSnapshot.SENSITIVE.contains(field)) {
                    before = mask(field, before);
                    after = mask(field, after);
                }
                changes.add(new Change(field, before, after));
            }
        }
        return new HistoryEntry(e.getOccurredAt(), e.getActor(), e.getAction(), changes);
    }

    static String mask(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "phones" -> Arrays.stream(value.split(", ")).map(CustomerViews::maskLabelledPhone)
                    .collect(Collectors.joining(", "));
            case "email" -> Masking.email(value);
            case "address" -> Masking.address(value);
            case "contactPersons" -> Arrays.stream(value.split("; ")).map(CustomerViews::maskPerson)
                    .collect(Collectors.joining("; "));
            default -> value;
        };
    }

    private static String maskLabelledPhone(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? Masking.phone(s) : Masking.phone(s.substring(0, space)) + s.substring(space);
    }

    private static String maskPerson(String s) {
        String[] parts = s.split(" / ", -1);
        if (parts.length != 4) {
            return "****";
        }
        return String.join(" / ", parts[0], parts[1], Masking.phone(parts[2]), Masking.email(parts[3]));
    }

    private static String value(String s) {
        return s.equals(EMPTY) ? null : s;
    }

    private static String nameOf(Map<Long, UserAccount> users, Long id) {
        UserAccount u = id == null ? null : users.get(id);
        return u == null ? null : u.getDisplayName();
    }
}
