package csms.visit;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The return-visit rules an administrator or supervisor changes on the rules page: the three-day limit of VIS-1 and
 * the organisation's quiet hours (two windows, clock hours; the night window runs over midnight); the interval of
 * the periodic visit (VIS-3) and of the regular visit per customer kind (VIS-4).
 */
@Component
class VisitRules implements RuleCatalog {

    static final RuleKey DUE_DAYS = new RuleKey("visit.due-days", 3, 1, 14, "days", "VIS-1");
    static final RuleKey MIDDAY_FROM = new RuleKey("visit.quiet-midday-from", 12, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey MIDDAY_TO = new RuleKey("visit.quiet-midday-to", 14, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey NIGHT_FROM = new RuleKey("visit.quiet-night-from", 21, 0, 23, "clock-hour", "VIS-1");
    static final RuleKey NIGHT_TO = new RuleKey("visit.quiet-night-to", 9, 0, 23, "clock-hour", "VIS-1");

    /** VIS-3: the periodic satisfaction visit, every two months (第三篇 6.2 (6) 每两个月一次). */
    static final RuleKey PERIODIC_MONTHS = new RuleKey("visit.periodic-months", 2, 1, 12, "months", "VIS-3");
    /** VIS-4: the regular visit of a person customer; 0 = none. */
    static final RuleKey REGULAR_MONTHS_PERSON = new RuleKey("visit.regular-months-person", 6, 0, 12, "months",
            "VIS-4");
    /** VIS-4: the regular visit of an organisation (the cooperation partners), more often; 0 = none. */
    static final RuleKey REGULAR_MONTHS_ORGANISATION = new RuleKey("visit.regular-months-organisation", 3, 0, 12,
            "months", "VIS-4");

    @Override
    public List<RuleKey> rules() {
        return List.of(DUE_DAYS, MIDDAY_FROM, MIDDAY_TO, NIGHT_FROM, NIGHT_TO, PERIODIC_MONTHS,
                REGULAR_MONTHS_PERSON, REGULAR_MONTHS_ORGANISATION);
    }
}
