package csms.customer;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configurable values of the archive itself (CUS-2): how often each record's information is refreshed. */
@Component
class ArchiveRules implements RuleCatalog {

    /** Days after which a record not updated or confirmed is due for its information refresh (the rulebook: monthly). */
    static final RuleKey REFRESH_DAYS = new RuleKey("customer.refresh-days", 30, 7, 365, "days", "CUS-2");

    @Override
    public List<RuleKey> rules() {
        return List.of(REFRESH_DAYS);
    }
}
