package csms.service.web;

import csms.service.RequestDetails;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A step of the complaint stepper: done (and when), current (due when, time left in business hours), to come
 * (its limit in business hours) or skipped (an unjustified complaint goes from judgement to the summary).
 */
public record ComplaintStepView(ComplaintStep step, ComplaintStep.State state, Instant doneAt, Instant dueAt,
        TimeLeft left, Integer limitHours) {

    /** The steps of the request's complaint; {@code limits} are the rule values by key. */
    static List<ComplaintStepView> of(RequestDetails d, Map<String, Integer> limits) {
        return Arrays.stream(ComplaintStep.values()).map(step -> {
            ComplaintStep.State state = step.stateIn(d.complaint());
            boolean current = state == ComplaintStep.State.CURRENT;
            Instant due = current ? d.dueAt()
                    : step == ComplaintStep.INVESTIGATION && state == ComplaintStep.State.UPCOMING
                            ? d.complaint().investigationPromisedAt() : null;
            return new ComplaintStepView(step, state, state == ComplaintStep.State.DONE ? step.doneAt(d.complaint())
                    : null, due, current ? TimeLeft.of(d.businessTimeLeft()) : null,
                    step.rule() == null ? null : limits.get(step.rule()));
        }).toList();
    }

    public boolean done() {
        return state == ComplaintStep.State.DONE;
    }

    public boolean current() {
        return state == ComplaintStep.State.CURRENT;
    }
}
