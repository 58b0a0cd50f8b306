package csms.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A week or month of one person's plans and reports with the daily work logs of its days beside them (WFM-8);
 * {@code end} is the first day after the period.
 */
public record PlanPeriod(boolean weekly, LocalDate start, LocalDate end, String label, List<PlanSlot> slots,
        List<WorkLogLine> logs) {

    public LocalDate previous() {
        return weekly ? start.minusWeeks(1) : start.minusMonths(1);
    }

    public LocalDate next() {
        return end;
    }

    /** The last day of the period. */
    public LocalDate last() {
        return end.minusDays(1);
    }
}
