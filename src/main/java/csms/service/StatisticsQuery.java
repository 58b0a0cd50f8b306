package csms.service;

import csms.shared.ReportPeriod;
import java.time.LocalDate;

/**
 * The period and filters of the complaint classification statistics (CMP-6, RPT-2): complaints received from
 * {@code from} to {@code to} inclusive (days in the organisation's zone), at most three years.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, Long departmentId, Channel channel, Severity severity,
        ComplaintCategory category) {

    public static final int MAX_DAYS = 3 * 366;

    public StatisticsQuery {
        ReportPeriod.of(from, to, MAX_DAYS);
    }

    /** The month containing the given day, up to that day. */
    public static StatisticsQuery monthOf(LocalDate day) {
        return new StatisticsQuery(day.withDayOfMonth(1), day, null, null, null, null);
    }
}
