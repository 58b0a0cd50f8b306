package csms.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The kinds of plan and report of WFM-8: a weekly plan and report for an ISO week (Monday to Sunday), a monthly plan
 * and a monthly report (the work summary 工作总结) for a calendar month.
 */
public enum PlanKind {
    WEEKLY_PLAN(true, false), WEEKLY_REPORT(true, true), MONTHLY_PLAN(false, false), MONTHLY_REPORT(false, true);

    private final boolean weekly;
    private final boolean report;

    PlanKind(boolean weekly, boolean report) {
        this.weekly = weekly;
        this.report = report;
    }

    public boolean weekly() {
        return weekly;
    }

    public boolean report() {
        return report;
    }

    /** The first day of the period containing the day: the Monday of its ISO week, or the first of its month. */
    public LocalDate periodStart(LocalDate day) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day after the period starting on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return weekly ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** The period as shown: {@code 2026-W48} or {@code 2026-11}. */
    public String periodLabel(LocalDate start) {
        return weekly ? String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : start.toString().substring(0, 7);
    }

    /** The plan and report of a scope: the weekly ones, or the monthly ones. */
    public static java.util.List<PlanKind> of(boolean weekly) {
        return weekly ? java.util.List.of(WEEKLY_PLAN, WEEKLY_REPORT) : java.util.List.of(MONTHLY_PLAN, MONTHLY_REPORT);
    }

    public String labelKey() {
        return "plan.kind." + name();
    }
}
