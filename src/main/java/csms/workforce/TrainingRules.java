package csms.workforce;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The onboarding rule (WFM-9) on the rules page: a new agent must have passed every active onboarding course within
 * this many days of joining their team (default 30).
 */
@Component
class TrainingRules implements RuleCatalog {

    static final RuleKey ONBOARDING_DAYS = new RuleKey("workforce.training.onboarding-days", 30, 1, 365, "days",
            "WFM-9");

    @Override
    public List<RuleKey> rules() {
        return List.of(ONBOARDING_DAYS);
    }
}
