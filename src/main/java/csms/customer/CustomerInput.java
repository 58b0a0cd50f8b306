package csms.customer;

import csms.shared.PhoneNumber;
import csms.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the rows a user typed into value objects: every phone through {@link PhoneNumber#of}, blanks dropped. */
final class CustomerInput {

    private CustomerInput() {
    }

    /** Valid, normalised phones without repeats; a bad number is refused naming its row ({@code phones[1].number}). */
    static List<Phone> phones(List<PhoneEntry> entries) {
        List<Phone> phones = new ArrayList<>();
        Set<String> digits = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            PhoneEntry e = entries.get(i);
            if (e == null || e.isBlank()) {
                continue;
            }
            PhoneNumber number = parse(e.number(), "phones[" + i + "].number");
            if (digits.add(number.digits())) {
                phones.add(new Phone(number, Customer.oneLine(e.label())));
            }
        }
        return phones;
    }

    /** Contact persons with a name; their phone, when given, must be a valid number. */
    static List<ContactPerson> persons(List<ContactPersonEntry> entries) {
        List<ContactPerson> persons = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ContactPersonEntry e = entries.get(i);
            if (e == null || e.isBlank()) {
                continue;
            }
            String phone = e.phone() == null || e.phone().isBlank() ? null
                    : parse(e.phone(), "contactPersons[" + i + "].phone").value();
            ContactPerson p = new ContactPerson(Customer.oneLine(e.name()), Customer.oneLine(e.jobTitle()), phone,
                    Customer.oneLine(e.email()));
            if (persons.stream().noneMatch(k -> k.isSamePersonAs(p))) {
                persons.add(p);
            }
        }
        return persons;
    }

    private static PhoneNumber parse(String raw, String field) {
        try {
            return PhoneNumber.of(raw);
        } catch (RuleViolation e) {
            throw RuleViolation.onField(field, "validation.phone", raw);
        }
    }
}
