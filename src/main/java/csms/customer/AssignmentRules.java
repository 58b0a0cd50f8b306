package csms.customer;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configurable values of customer assignment (CUS-5): how many days an agent has for the first contact. */
@Component
class AssignmentRules implements RuleCatalog {

    /** Days from an assignment to the due time of the first contact (the rulebook: within one week). */
    static final RuleKey FIRST_CONTACT_DAYS = new RuleKey("customer.first-contact-days", 7, 1, 60, "days", "CUS-5");

    @Override
    public List<RuleKey> rules() {
        return List.of(FIRST_CONTACT_DAYS);
    }
}
