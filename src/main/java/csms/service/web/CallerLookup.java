package csms.service.web;

import csms.customer.CustomerArchive;
import csms.customer.CustomerFilter;
import csms.shared.PageQuery;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the caller's customer record by the digits of the number the agent types (any 3+ digits of a stored phone).
 * The one place the registration page searches customers: it goes through the archive's list search until the
 * customer module offers {@code CustomerDirectory.findByPhone(digits, limit)}, which replaces the body of
 * {@link #byPhone}.
 */
@Component
class CallerLookup {

    static final int MIN_DIGITS = 3;
    static final int LIMIT = 5;

    private final CustomerArchive archive;

    CallerLookup(CustomerArchive archive) {
        this.archive = archive;
    }

    /** Customers with a phone containing the typed digits, big customers first; none for fewer than 3 digits. */
    List<CallerMatch> byPhone(String typed) {
        String digits = digits(typed);
        if (digits.length() < MIN_DIGITS) {
            return List.of();
        }
        return archive.list(CustomerFilter.text(digits), PageQuery.of(0, LIMIT, null)).map(CallerMatch::of).getContent();
    }

    static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("\\D", "");
    }
}
