package csms.service.web;

import csms.service.ComplaintStage;
import csms.service.ComplaintView;
import java.time.Instant;
import java.util.function.Function;

/**
 * The steps of the complaint closed loop as the request page's stepper shows them: acceptance (done at
 * registration, CMP-1), the six steps that follow it and the follow-up visit (CMP-7), each with the stage that waits
 * for it, the rule that limits it (CMP-8) and the time it was done.
 */
public enum ComplaintStep {
    ACCEPTANCE(null, null, ComplaintView::acknowledgedAt),
    JUDGEMENT(ComplaintStage.JUDGEMENT, "complaint.judgement-hours", ComplaintView::judgedAt),
    INVESTIGATION(ComplaintStage.INVESTIGATION, null, ComplaintView::investigatedAt),
    PROPOSAL(ComplaintStage.PROPOSAL, "complaint.proposal-hours", ComplaintView::submittedAt),
    APPROVAL(ComplaintStage.APPROVAL, "complaint.approval-hours", ComplaintView::approvedAt),
    IMPLEMENTATION(ComplaintStage.IMPLEMENTATION, "complaint.implementation-hours", ComplaintView::implementedAt),
    SUMMARY(ComplaintStage.SUMMARY, "complaint.summary-hours", ComplaintView::summarisedAt),
    FOLLOW_UP(ComplaintStage.FOLLOW_UP, "complaint.follow-up-hours", ComplaintView::followUpAt);

    /** Where a step stands on the page. */
    public enum State { DONE, CURRENT, UPCOMING, SKIPPED }

    private final ComplaintStage stage;
    private final String rule;
    private final Function<ComplaintView, Instant> doneAt;

    ComplaintStep(ComplaintStage stage, String rule, Function<ComplaintView, Instant> doneAt) {
        this.stage = stage;
        this.rule = rule;
        this.doneAt = doneAt;
    }

    /** The key of the rule that limits the step; null for acceptance and for the investigation (as promised). */
    String rule() {
        return rule;
    }

    Instant doneAt(ComplaintView c) {
        return doneAt.apply(c);
    }

    /** The step's state in the loop as far as it has come; an unjustified complaint skips investigation to implementation. */
    State stateIn(ComplaintView c) {
        ComplaintStage now = c.stage();
        boolean skippedOver = Boolean.FALSE.equals(c.justified()) && now.ordinal() > ComplaintStage.JUDGEMENT.ordinal()
                && this.ordinal() >= INVESTIGATION.ordinal() && this.ordinal() <= IMPLEMENTATION.ordinal();
        if (skippedOver) {
            return State.SKIPPED;
        }
        if (stage == null || now == ComplaintStage.CLOSED || stage.ordinal() < now.ordinal()) {
            return State.DONE;
        }
        return stage == now ? State.CURRENT : State.UPCOMING;
    }
}
