package csms.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The period of a report: days {@code from} … {@code to} inclusive, checked once for every report (both ends given,
 * in order, not longer than the report allows), and the quick periods the report pages offer.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Both ends required ({@code validation.required}), in order ({@code statistics.period-order}). */
    public ReportPeriod {
        if (from == null) {
            throw RuleViolation.onField("from", "validation.required");
        }
        if (to == null) {
            throw RuleViolation.onField("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("to", "statistics.period-order");
        }
    }

    /** The period, refused ({@code statistics.period-too-long}) when it spans more than {@code maxDays}. */
    public static ReportPeriod of(LocalDate from, LocalDate to, int maxDays) {
        ReportPeriod p = new ReportPeriod(from, to);
        if (ChronoUnit.DAYS.between(from, to) > maxDays) {
            throw RuleViolation.onField("from", "statistics.period-too-long", maxDays);
        }
        return p;
    }

    /** The quick periods: this month, last month, this quarter, the last twelve months (up to today). */
    public static List<Preset> presets(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = month.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return List.of(new Preset("this-month", month, today),
                new Preset("last-month", month.minusMonths(1), month.minusDays(1)),
                new Preset("this-quarter", quarter, today),
                new Preset("last-12-months", month.minusMonths(11), today));
    }

    /** A named period; its label is {@code servicestats.preset.<key>}. */
    public record Preset(String key, LocalDate from, LocalDate to) {
    }
}
