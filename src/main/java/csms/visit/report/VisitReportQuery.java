package csms.visit.report;

import csms.service.Satisfaction;
import csms.shared.RuleViolation;
import csms.visit.VisitKind;
import csms.visit.VisitOutcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period and filters of the return-visit reports (RPT-3, RPT-4, 回访记录表): days {@code from} … {@code to}
 * inclusive in the organisation's zone, at most three years; every other filter is optional.
 */
public record VisitReportQuery(LocalDate from, LocalDate to, Long departmentId, Long agentId, VisitKind kind,
        VisitOutcome outcome, Satisfaction satisfaction) {

    public static final int MAX_DAYS = 3 * 366;

    public VisitReportQuery {
        if (from == null) {
            throw RuleViolation.onField("from", "validation.required");
        }
        if (to == null) {
            throw RuleViolation.onField("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("to", "statistics.period-order");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw RuleViolation.onField("from", "statistics.period-too-long", MAX_DAYS);
        }
    }

    /** The period alone, without filters. */
    public static VisitReportQuery period(LocalDate from, LocalDate to) {
        return new VisitReportQuery(from, to, null, null, null, null, null);
    }
}
