package csms.visit;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** How long a questionnaire link sent to the customer stays open (VIS-6), on the rules page. */
@Component
class VisitSurveyRules implements RuleCatalog {

    static final RuleKey LINK_DAYS = new RuleKey("visit.survey-link-days", 7, 1, 30, "days", "VIS-6");

    @Override
    public List<RuleKey> rules() {
        return List.of(LINK_DAYS);
    }
}
