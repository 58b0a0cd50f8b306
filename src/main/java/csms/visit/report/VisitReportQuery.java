package csms.visit.report;

import csms.service.Satisfaction;
import csms.shared.ReportPeriod;
import csms.visit.VisitKind;
import csms.visit.VisitOutcome;
import java.time.LocalDate;

/**
 * The period and filters of the return-visit reports (RPT-3, RPT-4, 回访记录表): days {@code from} … {@code to}
 * inclusive in the organisation's zone, at most three years; every other filter is optional, the campaign too
 * (VIS-6: one campaign's visits).
 */
public record VisitReportQuery(LocalDate from, LocalDate to, Long departmentId, Long agentId, VisitKind kind,
        VisitOutcome outcome, Satisfaction satisfaction, Long campaignId) {

    public static final int MAX_DAYS = 3 * 366;

    public VisitReportQuery {
        ReportPeriod.of(from, to, MAX_DAYS);
    }

    /** The filters without a campaign. */
    public VisitReportQuery(LocalDate from, LocalDate to, Long departmentId, Long agentId, VisitKind kind,
            VisitOutcome outcome, Satisfaction satisfaction) {
        this(from, to, departmentId, agentId, kind, outcome, satisfaction, null);
    }

    /** The period alone, without filters. */
    public static VisitReportQuery period(LocalDate from, LocalDate to) {
        return new VisitReportQuery(from, to, null, null, null, null, null);
    }
}
