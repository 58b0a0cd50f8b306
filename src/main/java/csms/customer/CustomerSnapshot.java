package csms.customer;

import csms.audit.Changes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A record's audited fields as text, so that every change is kept as field: old → new (CUS-2). */
final class CustomerSnapshot {

    /** Fields whose values are personal contact data: masked in the history for viewers without full rights. */
    static final java.util.Set<String> SENSITIVE = java.util.Set.of("phones", "email", "address", "contactPersons");

    private CustomerSnapshot() {
    }

    static Map<String, String> of(Customer c, ClassificationStandard standard) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", c.getKind().name());
        m.put("name", c.getName());
        m.put("salutation", c.getSalutation().name());
        m.put("company", c.getCompany());
        m.put("phones", c.getPhones().stream().map(CustomerSnapshot::phone).collect(Collectors.joining(", ")));
        m.put("email", c.getEmail());
        m.put("address", c.getAddress());
        m.put("contactPersons", c.getContactPersons().stream().map(CustomerSnapshot::person)
                .collect(Collectors.joining("; ")));
        m.put("requestedServices", flat(c.getRequestedServices()));
        m.put("source", c.getSource().name());
        m.put("sourceReference", c.getSourceReference());
        m.put("notes", flat(c.getNotes()));
        m.put("annualSales", money(c.getAnnualSales()));
        m.put("potential", c.getPotential() == null ? null : c.getPotential().toString());
        m.put("grade", standard.codeOf(c.getGradeId()));
        m.put("member", String.valueOf(c.isMember()));
        m.put("bigCustomer", String.valueOf(c.isBigCustomer()));
        m.put("importantAgreement", String.valueOf(c.isImportantAgreement()));
        m.put("confidential", String.valueOf(c.isConfidential()));
        m.put("accountManagerId", c.getAccountManagerId() == null ? null : c.getAccountManagerId().toString());
        return m;
    }

    /** The fields that differ between two snapshots (an empty "before" records a creation). */
    static Changes diff(Map<String, String> before, Map<String, String> after) {
        Changes changes = Changes.none();
        after.forEach((field, value) -> changes.field(field, before.get(field), value));
        return changes;
    }

    static String phone(Phone p) {
        return p.getLabel() == null ? p.getNumber() : p.getNumber() + " (" + p.getLabel() + ")";
    }

    static String person(ContactPerson p) {
        return String.join(" / ", nz(p.getName()), nz(p.getJobTitle()), nz(p.getPhone()), nz(p.getEmail()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String flat(String s) {
        return s == null ? null : s.replaceAll("\\s*\\R\\s*", " ⏎ ");
    }

    private static String money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
