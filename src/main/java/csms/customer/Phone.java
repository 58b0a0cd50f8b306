package csms.customer;

import csms.shared.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a customer's phone numbers, stored normalised with its digits for searching by any part. */
@Embeddable
public class Phone {

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "digits", nullable = false)
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

    public String masked() {
        return csms.shared.Masking.phone(number);
    }
}
