package csms.visit.report;

import csms.identity.SignedInUser;
import csms.shared.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * The visits a report covers, as an SQL condition on {@code return_visit v}: the period on the given time column,
 * the filters, and the viewer's reach — a supervisor the own team's visits, managers all; agents none (403).
 */
record ReportScope(String where, Map<String, Object> params, ZoneId zone) {

    static ReportScope of(VisitReportQuery q, String timeColumn, ZoneId zone) {
        SignedInUser me = SignedInUser.current();
        if (me == null || !me.hasAtLeast(Role.SUPERVISOR)) {
            throw new AccessDeniedException("visit reports");
        }
        StringBuilder where = new StringBuilder(timeColumn + " >= :from and " + timeColumn + " < :to");
        Map<String, Object> p = new HashMap<>();
        p.put("from", ts(q.from().atStartOfDay(zone).toInstant()));
        p.put("to", ts(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        if (!me.hasAtLeast(Role.DEPT_MANAGER)) {
            where.append(" and v.department_id = :own");
            p.put("own", Objects.requireNonNullElse(me.departmentId(), -1L));
        }
        condition(where, p, "v.department_id", "dept", q.departmentId());
        condition(where, p, "v.agent_id", "agent", q.agentId());
        condition(where, p, "v.kind", "kind", q.kind() == null ? null : q.kind().name());
        condition(where, p, "v.outcome", "outcome", q.outcome() == null ? null : q.outcome().name());
        condition(where, p, "v.satisfaction", "satisfaction",
                q.satisfaction() == null ? null : q.satisfaction().name());
        condition(where, p, "v.campaign_id", "campaign", q.campaignId());
        return new ReportScope(where.toString(), p, zone);
    }

    private static void condition(StringBuilder where, Map<String, Object> p, String column, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            p.put(name, value);
        }
    }

    static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
