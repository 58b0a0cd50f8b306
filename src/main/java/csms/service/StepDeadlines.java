package csms.service;

import csms.system.RuleSettings;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The deadline of a request's current step (CMP-8): the step's configured business hours from now. */
@Component
class StepDeadlines {

    private final RuleSettings rules;
    private final BusinessTime businessTime;

    StepDeadlines(RuleSettings rules, BusinessTime businessTime) {
        this.rules = rules;
        this.businessTime = businessTime;
    }

    /** When a consultation or query must be answered. */
    Instant reply(Instant from) {
        return after(from, rules.value(ServiceRules.REPLY_HOURS));
    }

    /** When a department must answer a referred question (SVC-3). */
    Instant referralReply(Instant from) {
        return after(from, rules.value(ServiceRules.REFERRAL_HOURS));
    }

    /** The deadline of a complaint stage; the investigation is due when promised to the customer. */
    Instant of(Complaint complaint, Instant from) {
        return switch (complaint.getStage()) {
            case JUDGEMENT -> after(from, rules.value(ServiceRules.JUDGEMENT_HOURS));
            case INVESTIGATION -> complaint.getInvestigationPromisedAt() != null
                    ? complaint.getInvestigationPromisedAt()
                    : after(from, rules.value(ServiceRules.PROPOSAL_HOURS));
            case PROPOSAL -> after(from, rules.value(ServiceRules.PROPOSAL_HOURS));
            case APPROVAL -> after(from, rules.value(ServiceRules.APPROVAL_HOURS));
            case IMPLEMENTATION -> after(from, rules.value(ServiceRules.IMPLEMENTATION_HOURS));
            case SUMMARY -> after(from, rules.value(ServiceRules.SUMMARY_HOURS));
            case FOLLOW_UP -> after(from, rules.value(ServiceRules.FOLLOW_UP_HOURS));
            case CLOSED -> null;
        };
    }

    Duration dueSoonWindow() {
        return Duration.ofHours(rules.value(ServiceRules.DUE_SOON_HOURS));
    }

    Duration confirmationLinkValidity() {
        return Duration.ofHours(rules.value(ServiceRules.LINK_VALID_HOURS));
    }

    private Instant after(Instant from, int hours) {
        return businessTime.plus(from, Duration.ofHours(hours));
    }
}
