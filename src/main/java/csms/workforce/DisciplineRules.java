package csms.workforce;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** Repeated breaches (WFM-7): counted over the last months; at this many the page proposes dismissal. */
@Component
class DisciplineRules implements RuleCatalog {

    static final RuleKey WINDOW_MONTHS = new RuleKey("workforce.discipline.window-months", 12, 1, 60, "months",
            "WFM-7");
    static final RuleKey DISMISSAL_COUNT = new RuleKey("workforce.discipline.dismissal-count", 3, 1, 50, "count",
            "WFM-7");

    @Override
    public List<RuleKey> rules() {
        return List.of(WINDOW_MONTHS, DISMISSAL_COUNT);
    }
}
