package csms.workforce;

import java.time.LocalDate;

/** One kind of plan or report of the signed-in user's period: its deadline and the plan, if written. */
public record PlanSlot(PlanKind kind, LocalDate due, boolean overdue, WorkPlanView plan, boolean mayWrite) {
}
