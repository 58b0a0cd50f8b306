package csms.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * When a record is complete (CUS-2): at least one phone, an address, the services the customer asks for, a grade,
 * and for an organisation a contact person. Incomplete records are listed so that agents complete them.
 */
final class CustomerCompleteness {

    private CustomerCompleteness() {
    }

    /** The keys of the missing fields, in form order (also the message keys {@code customer.field.<key>}). */
    static List<String> missingFields(Customer c) {
        List<String> missing = new ArrayList<>();
        if (c.getPhones().isEmpty()) {
            missing.add("phones");
        }
        if (c.getAddress() == null) {
            missing.add("address");
        }
        if (c.getRequestedServices() == null) {
            missing.add("requestedServices");
        }
        if (c.getGradeId() == null) {
            missing.add("grade");
        }
        if (c.getKind() == CustomerKind.ORGANISATION && c.getContactPersons().isEmpty()) {
            missing.add("contactPersons");
        }
        return missing;
    }
}
