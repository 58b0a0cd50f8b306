package csms.workforce;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the plans and reports (WFM-8) on the rules page: a weekly plan is due by the Nth working day of its
 * week and the weekly report by the Nth working day of the next week (default the first); a monthly plan by the Nth
 * day of its month and the monthly summary by the Nth day of the next month (default the 5th).
 */
@Component
class WorkPlanRules implements RuleCatalog {

    static final RuleKey WEEK_DUE_WORKDAY = new RuleKey("workforce.plan.week-due-workday", 1, 1, 5,
            "workforce.working-day", "WFM-8");
    static final RuleKey MONTH_DUE_DAY = new RuleKey("workforce.plan.month-due-day", 5, 1, 28,
            "workforce.day-of-month", "WFM-8");

    @Override
    public List<RuleKey> rules() {
        return List.of(WEEK_DUE_WORKDAY, MONTH_DUE_DAY);
    }
}
