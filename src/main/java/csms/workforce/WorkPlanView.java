package csms.workforce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A plan or report as shown: its period ({@code periodEnd} is the first day after it), deadline and whether it came
 * late, the review, and what the signed-in user may do with it.
 */
public record WorkPlanView(long id, long userId, String person, PlanKind kind, LocalDate periodStart,
        LocalDate periodEnd, String period, LocalDate due, String content, PlanState state, Instant firstSubmittedAt,
        boolean late, String reviewer, String reviewComment, String returnReason, long version, boolean mayEdit,
        boolean mayReview) {
}
