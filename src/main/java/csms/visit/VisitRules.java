package csms.visit;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The return-visit rules an administrator or supervisor changes on the rules page: the three-day limit of VIS-1 and
 * the organisation's quiet hours (two windows, clock hours; the night window runs over midnight).
 */
@Component
class VisitRules implements RuleCatalog {

    static final RuleKey DUE_DAYS = new RuleKey("visit.due-days", 3, 1, 14, "days", "VIS-1");
    static final RuleKey MIDDAY_FROM = new RuleKey("visit.quiet-midday-from", 12, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey MIDDAY_TO = new RuleKey("visit.quiet-midday-to", 14, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey NIGHT_FROM = new RuleKey("visit.quiet-night-from", 21, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey NIGHT_TO = new RuleKey("visit.quiet-night-to", 9, 0, 23, "clock-hour", "VIS-1");

    @Override
    public List<RuleKey> rules() {
        return List.of(DUE_DAYS, MIDDAY_FROM, MIDDAY_TO, NIGHT_FROM, NIGHT_TO);
    }
}
