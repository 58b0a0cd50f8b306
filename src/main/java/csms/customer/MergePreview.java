package csms.customer;

import java.util.List;

/** What a merge would do (CUS-4): the phones and contact persons that move, the blank fields filled, the flags raised. */
public record MergePreview(CustomerDetails survivor, CustomerDetails duplicate, List<String> movedPhones,
        List<String> movedContactPersons, List<String> filledFields, List<String> raisedFlags) {
}
