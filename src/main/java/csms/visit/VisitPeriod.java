package csms.visit;

import java.time.LocalDate;

/**
 * A fixed calendar window of {@code months} months a scheduled visit belongs to (VIS-3, VIS-4; ADR 0012). A year is
 * cut into windows from January: every two months gives Jan–Feb … Nov–Dec; an interval that does not divide twelve
 * ends its last window with the year (five months: Jan–May, Jun–Oct, Nov–Dec). The key names the year, the interval
 * and the window ("2026-2M-6" = Nov–Dec 2026 of the two-month rhythm), so a changed interval starts new windows
 * instead of reusing old keys.
 */
public record VisitPeriod(String key, LocalDate start, LocalDate endExclusive) {

    /** The window of the {@code months}-month rhythm (1–12) that contains the day. */
    public static VisitPeriod containing(LocalDate day, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("months must be 1..12: " + months);
        }
        int index = (day.getMonthValue() - 1) / months;
        LocalDate start = LocalDate.of(day.getYear(), index * months + 1, 1);
        LocalDate end = start.plusMonths(months);
        LocalDate nextYear = LocalDate.of(day.getYear() + 1, 1, 1);
        return new VisitPeriod(day.getYear() + "-" + months + "M-" + (index + 1), start,
                end.isAfter(nextYear) ? nextYear : end);
    }
}
