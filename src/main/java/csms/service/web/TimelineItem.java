package csms.service.web;

import csms.service.TimelineKind;
import csms.service.TimelineLine;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A timeline entry for the page: the line, and its detail as a message (a stage change, a type, a penalty measure,
 * how the customer confirmed) or as plain text when it is the user's own words or a time.
 */
public record TimelineItem(TimelineLine line, String detailKey, Object[] detailArgs, String detailText) {

    private static final String ARROW = "→";

    static TimelineItem of(TimelineLine line) {
        String detail = line.detail();
        if (detail == null || detail.isBlank()) {
            return new TimelineItem(line, null, new Object[0], null);
        }
        TimelineKind kind = line.kind();
        if (detail.contains(ARROW)) {
            String[] stages = detail.split(ARROW, 2);
            return keyed(line, "requestpage.timeline.stage-change", label("complaint.stage.", stages[0]),
                    label("complaint.stage.", stages[1]));
        }
        return switch (kind) {
            case CREATED -> keyed(line, "request.type." + detail);
            case PENALTY -> keyed(line, "complaint.penalty." + detail);
            case ESCALATED -> "CRISIS".equals(detail) ? keyed(line, "request.crisis") : text(line, detail);
            case CONFIRMED -> detail.startsWith("LINK_SENT ")
                    ? keyed(line, "requestpage.timeline.link-sent", label("requestpage.medium.", detail.substring(10)))
                    : keyed(line, "complaint.confirmation." + detail);
            default -> text(line, detail);
        };
    }

    /** An entry a user wrote (note, call, email) that only staff see; system entries need no such mark. */
    public boolean internalNote() {
        return line.internal() && switch (line.kind()) {
            case NOTE, CALL, EMAIL, REPLY -> true;
            default -> false;
        };
    }

    /** The Bootstrap icon of the entry's kind. */
    public String icon() {
        return switch (line.kind()) {
            case CREATED -> "plus-circle";
            case NOTE -> "sticky";
            case CALL, CALLED_BACK -> "telephone";
            case EMAIL -> "envelope";
            case REPLY -> "reply";
            case STAGE, APPROVAL, REJECTION, PROPOSAL -> "signpost-split";
            case ASSIGNED, TRANSFERRED -> "person-check";
            case ESCALATED, BREACH -> "exclamation-triangle";
            case PROMISE, PROMISE_KEPT, PROMISE_OVERDUE -> "alarm";
            case REFERRAL, REFERRAL_ANSWERED -> "telephone-forward";
            case VERIFIED, CONFIRMED -> "patch-check";
            case RESOLVED, CLOSED -> "check-circle";
            case REOPENED -> "arrow-counterclockwise";
            case ATTACHMENT -> "paperclip";
            case PENALTY -> "exclamation-diamond";
        };
    }

    private static TimelineItem keyed(TimelineLine line, String key, Object... args) {
        return new TimelineItem(line, key, args, null);
    }

    private static TimelineItem text(TimelineLine line, String detail) {
        return new TimelineItem(line, null, new Object[0], detail);
    }

    private static MessageSourceResolvable label(String prefix, String name) {
        return new DefaultMessageSourceResolvable(new String[] { prefix + name.strip() }, name.strip());
    }
}
