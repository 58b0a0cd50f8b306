package csms.workforce.internal;

import csms.workforce.PlanKind;
import csms.workforce.PlanState;
import csms.workforce.PlanStatusFilter;
import csms.workforce.PlanStatusLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A period's plans or reports of the members of some teams, written or not (WFM-8): the people who are members of the
 * teams now and joined by the period's last day (the module's own dated team history, {@code team_membership}; leaving
 * or being disabled ends a membership) joined with their plan of the kind and period, filtered and paged in SQL. The
 * names come from the identity module afterwards ({@code person} is null here).
 */
@Component
public class WorkPlanStatuses {

    private final JdbcClient jdbc;

    WorkPlanStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who is asked: the teams' enabled members (everyone in a team when {@code teams} is null), never oneself. */
    public record Scope(long me, Collection<Long> teams, Long departmentId) {
    }

    /** How late counts: past {@code dueEnd} (the instant after the deadline); {@code overdue}: that instant has passed. */
    public record Deadline(Instant dueEnd, boolean overdue) {
    }

    public List<PlanStatusLine> read(Scope scope, PlanKind kind, LocalDate start, Deadline due,
            PlanStatusFilter filter, int limit, long offset) {
        return spec("select m.user_id, m.department_id, p.id, p.state, p.first_submitted_at"
                + FROM + where(scope, filter, due) + " order by m.department_id, m.user_id"
                + " limit :limit offset :offset", scope, kind, start, due, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Timestamp first = rs.getTimestamp(5);
                    Instant submitted = first == null ? null : first.toInstant();
                    return new PlanStatusLine(rs.getLong(1), null, rs.getObject(2, Long.class),
                            rs.getObject(3, Long.class), rs.getString(4) == null ? null : PlanState.valueOf(rs.getString(4)),
                            submitted, submitted == null ? due.overdue() : !submitted.isBefore(due.dueEnd()));
                }).list();
    }

    public long count(Scope scope, PlanKind kind, LocalDate start, Deadline due, PlanStatusFilter filter) {
        return spec("select count(*)" + FROM + where(scope, filter, due), scope, kind, start, due, filter)
                .query(Long.class).single();
    }

    private static final String FROM = " from team_membership m left join work_plan p on p.user_id = m.user_id"
            + " and p.kind = :kind and p.period_start = :start";

    private static String where(Scope scope, PlanStatusFilter filter, Deadline due) {
        StringBuilder sql = new StringBuilder(" where m.last_day is null and m.first_day < :end and m.user_id <> :me");
        if (scope.teams() != null) {
            sql.append(scope.teams().isEmpty() ? " and 1 = 0" : " and m.department_id in (:teams)");
        }
        if (scope.departmentId() != null) {
            sql.append(" and m.department_id = :department");
        }
        if (filter != null) {
            sql.append(switch (filter) {
                case MISSING -> " and p.id is null";
                case LATE -> due.overdue() ? " and (p.id is null or p.first_submitted_at >= :dueEnd)"
                        : " and p.first_submitted_at >= :dueEnd";
                case SUBMITTED, RETURNED, ACCEPTED -> " and p.state = :state";
            });
        }
        return sql.toString();
    }

    private JdbcClient.StatementSpec spec(String sql, Scope scope, PlanKind kind, LocalDate start, Deadline due,
            PlanStatusFilter filter) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("kind", kind.name()).param("start", start)
                .param("end", kind.periodEnd(start)).param("me", scope.me()); // end: the day after the period
        if (scope.teams() != null && !scope.teams().isEmpty()) {
            spec = spec.param("teams", scope.teams());
        }
        if (scope.departmentId() != null) {
            spec = spec.param("department", scope.departmentId());
        }
        if (filter == PlanStatusFilter.LATE) {
            spec = spec.param("dueEnd", OffsetDateTime.ofInstant(due.dueEnd(), ZoneOffset.UTC));
        }
        if (filter != null && filter != PlanStatusFilter.MISSING && filter != PlanStatusFilter.LATE) {
            spec = spec.param("state", filter.name());
        }
        return spec;
    }
}
