package csms.service;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The configurable time limits of requests and complaint steps (CMP-8, SVC-3, SVC-7), in business hours of the
 * organisation's calendar. The investigation step is due when the judgement promised the customer.
 */
@Component
class ServiceRules implements RuleCatalog {

    static final RuleKey REPLY_HOURS = new RuleKey("service.reply-hours", 8, 1, 240, "hours", "SVC-7");
    static final RuleKey REFERRAL_HOURS = new RuleKey("service.referral-reply-hours", 8, 1, 240, "hours", "SVC-3");
    static final RuleKey DUE_SOON_HOURS = new RuleKey("service.due-soon-hours", 2, 1, 48, "hours", "CMP-8");
    static final RuleKey JUDGEMENT_HOURS = new RuleKey("complaint.judgement-hours", 4, 1, 240, "hours", "CMP-8");
    static final RuleKey PROPOSAL_HOURS = new RuleKey("complaint.proposal-hours", 8, 1, 240, "hours", "CMP-8");
    static final RuleKey APPROVAL_HOURS = new RuleKey("complaint.approval-hours", 4, 1, 240, "hours", "CMP-8");
    static final RuleKey IMPLEMENTATION_HOURS = new RuleKey("complaint.implementation-hours", 16, 1, 480, "hours", "CMP-8");
    static final RuleKey SUMMARY_HOURS = new RuleKey("complaint.summary-hours", 8, 1, 240, "hours", "CMP-8");
    static final RuleKey FOLLOW_UP_HOURS = new RuleKey("complaint.follow-up-hours", 24, 1, 480, "hours", "CMP-7");
    static final RuleKey LINK_VALID_HOURS = new RuleKey("complaint.confirmation-link-hours", 72, 1, 720, "hours", "CMP-5");

    static final RuleKey ATTACHMENT_MAX_MB = new RuleKey("service.attachment-max-mb", 10, 1, 20, "megabytes", "SVC-1");

    @Override
    public List<RuleKey> rules() {
        return List.of(REPLY_HOURS, REFERRAL_HOURS, DUE_SOON_HOURS, JUDGEMENT_HOURS, PROPOSAL_HOURS, APPROVAL_HOURS,
                IMPLEMENTATION_HOURS, SUMMARY_HOURS, FOLLOW_UP_HOURS, LINK_VALID_HOURS, ATTACHMENT_MAX_MB);
    }
}
