package csms.workforce;

import java.time.Instant;

/**
 * A team member's plan or report of a period in the supervisor's list: the plan (none when not written), how it stands,
 * and whether it is late (not written by the deadline, or first submitted after it).
 */
public record PlanStatusLine(long userId, String person, Long departmentId, Long planId, PlanState state,
        Instant firstSubmittedAt, boolean late) {

    public boolean missing() {
        return planId == null;
    }
}
