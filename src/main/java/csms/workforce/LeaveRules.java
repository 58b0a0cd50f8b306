package csms.workforce;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The leave rules (WFM-1) on the rules page: the notice (days before the start, default one), whether an application
 * inside the notice may be marked urgent (1 on, 0 off; default on), and the longest leave a department supervisor
 * decides (working days, default one: anything longer goes to a general manager).
 */
@Component
class LeaveRules implements RuleCatalog {

    static final RuleKey NOTICE_DAYS = new RuleKey("leave.notice-days", 1, 0, 30, "days", "WFM-1");
    static final RuleKey URGENT_ALLOWED = new RuleKey("leave.urgent-allowed", 1, 0, 1, "workforce.on-off", "WFM-1");
    static final RuleKey SUPERVISOR_MAX_DAYS = new RuleKey("leave.supervisor-max-days", 1, 0, 30, "days", "WFM-1");

    @Override
    public List<RuleKey> rules() {
        return List.of(NOTICE_DAYS, URGENT_ALLOWED, SUPERVISOR_MAX_DAYS);
    }
}
