package csms.service.web;

import csms.customer.CustomerDetails;
import csms.customer.CustomerRow;
import csms.service.RequestRow;
import csms.shared.Masking;
import java.util.List;

/** A customer the typed number found, as the registration page shows it: masked phone, marks, open requests. */
public record CallerMatch(long id, String name, String company, String phone, boolean member, boolean bigCustomer,
        boolean importantAgreement, List<RequestRow> openRequests) {

    static CallerMatch of(CustomerRow row) {
        return new CallerMatch(row.id(), row.name(), row.company(), row.phone(), row.member(), row.bigCustomer(),
                row.importantAgreement(), List.of());
    }

    /** A customer just registered from the page (the search index may not show it yet). */
    static CallerMatch of(CustomerDetails d, String phone) {
        return new CallerMatch(d.id(), d.name(), d.company(), Masking.phone(phone), d.member(), d.bigCustomer(),
                d.importantAgreement(), List.of());
    }

    CallerMatch withOpenRequests(List<RequestRow> open) {
        return new CallerMatch(id, name, company, phone, member, bigCustomer, importantAgreement, open);
    }
}
