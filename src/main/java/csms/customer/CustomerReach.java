package csms.customer;

import csms.shared.Masking;

/**
 * Where a message to the customer goes (a questionnaire link by e-mail or SMS): the archive's e-mail and the first
 * mobile number, in full for the sender only; {@link #maskedEmail()} and {@link #maskedMobile()} are for screens.
 * Either is null when the archive has none.
 */
public record CustomerReach(long id, String email, String mobile) {

    public String maskedEmail() {
        return Masking.email(email);
    }

    public String maskedMobile() {
        return Masking.phone(mobile);
    }
}
