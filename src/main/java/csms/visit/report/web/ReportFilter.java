package csms.visit.report.web;

import csms.service.Satisfaction;
import csms.visit.VisitKind;
import csms.visit.VisitOutcome;
import csms.visit.report.VisitReportQuery;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the return-visit reports as typed on the pages or passed to the downloads; days in the
 * organisation's zone. Without a period a report covers the current month up to today.
 */
record ReportFilter(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        Long departmentId, Long agentId, VisitKind kind, VisitOutcome outcome, Satisfaction satisfaction,
        Long campaignId) {

    /** The query; a bad period (end before start, too long, one end missing) is a {@code RuleViolation}. */
    VisitReportQuery query(LocalDate today) {
        if (!hasPeriod()) {
            return withPeriod(today.withDayOfMonth(1), today).query(today);
        }
        return new VisitReportQuery(from, to, departmentId, agentId, kind, outcome, satisfaction, campaignId);
    }

    boolean hasPeriod() {
        return from != null || to != null;
    }

    ReportFilter withPeriod(LocalDate start, LocalDate end) {
        return new ReportFilter(start, end, departmentId, agentId, kind, outcome, satisfaction, campaignId);
    }

    /** This filter as a link to {@code path}, e.g. a page with the current month or a download. */
    String link(String path) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("departmentId", Optional.ofNullable(departmentId))
                .queryParamIfPresent("agentId", Optional.ofNullable(agentId))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("outcome", Optional.ofNullable(outcome))
                .queryParamIfPresent("satisfaction", Optional.ofNullable(satisfaction))
                .queryParamIfPresent("campaignId", Optional.ofNullable(campaignId))
                .build().toUriString();
    }

    /** The filters for the audit trail, e.g. {@code from=2024-03-01, to=2024-03-31, kind=SERVICE}. */
    String audit(VisitReportQuery q) {
        StringBuilder s = new StringBuilder("from=" + q.from() + ", to=" + q.to());
        Optional.ofNullable(q.departmentId()).ifPresent(d -> s.append(", department=").append(d));
        Optional.ofNullable(q.agentId()).ifPresent(a -> s.append(", agent=").append(a));
        Optional.ofNullable(q.kind()).ifPresent(k -> s.append(", kind=").append(k));
        Optional.ofNullable(q.outcome()).ifPresent(o -> s.append(", outcome=").append(o));
        Optional.ofNullable(q.satisfaction()).ifPresent(o -> s.append(", satisfaction=").append(o));
        Optional.ofNullable(q.campaignId()).ifPresent(c -> s.append(", campaign=").append(c));
        return s.toString();
    }
}
