package csms.customer;

import csms.shared.PhoneNumber;
import jakarta.persistence.Column;
import csms.customer.internal.CustomerSearchAnalysis;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** One of a customer's phone numbers, stored normalised with its digits for searching by any part. */
@Embeddable
public class Phone {

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "digits", nullable = false)
    @FullTextField(analyzer = CustomerSearchAnalysis.PHONE_DIGITS, searchAnalyzer = CustomerSearchAnalysis.WHOLE)
    private String digits;

    @Column(name = "label")
    private String label;

    protected Phone() {
    }

    public Phone(PhoneNumber number, String label) {
        this.number = number.value();
        this.digits = number.digits();
        this.label = label == null || label.isBlank() ? null : label.strip();
    }

    public String getNumber() {
        return number;
    }

    public String getDigits() {
        return digits;
    }

    public String getLabel() {
        return label;
    }

    static boolean sameList(java.util.List<Phone> a, java.util.List<Phone> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).number.equals(b.get(i).number) || !java.util.Objects.equals(a.get(i).label, b.get(i).label)) {
                return false;
            }
        }
        return true;
    }

    Phone copy() {
        Phone p = new Phone();
        p.number = number;
        p.digits = digits;
        p.label = label;
        return p;
    }

    public String masked() {
        return csms.shared.Masking.phone(number);
    }
}
