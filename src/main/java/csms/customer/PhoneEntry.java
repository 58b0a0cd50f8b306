package csms.customer;

import jakarta.validation.constraints.Size;

/** A phone number as the user typed it, with an optional label (手机, 办公); a blank number is ignored. */
public record PhoneEntry(@ValidPhone String number, @Size(max = 20) String label) {

    public boolean isBlank() {
        return number == null || number.isBlank();
    }
}
