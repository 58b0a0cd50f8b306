package csms.service.web;

import csms.shared.PhoneNumber;
import java.util.List;

/**
 * The caller box of the registration page: what the typed number found, the customer the agent selected, and
 * whether to offer registering a new customer (a complete, valid number that matches nobody).
 */
public record CallerPanel(String phone, List<CallerMatch> matches, CallerMatch selected) {

    public boolean tooShort() {
        return CallerLookup.digits(phone).length() < CallerLookup.MIN_DIGITS;
    }

    public boolean offerNewCustomer() {
        return selected == null && matches.isEmpty() && PhoneNumber.isValid(phone);
    }

    public boolean nothingFound() {
        return selected == null && matches.isEmpty() && !tooShort();
    }
}
