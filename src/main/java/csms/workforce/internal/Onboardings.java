package csms.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The onboarding state of the people in a team (WFM-9), in SQL over the dated team history: for each open stint, the
 * active onboarding courses required of it (created on or before its first day) and how many of them the person passed.
 */
@Repository
public class Onboardings {

    /** A person's current stint and their onboarding: {@code passed} of {@code required} courses. */
    public record Stint(long userId, long departmentId, LocalDate firstDay, int required, int passed) {
    }

    /** A passed onboarding course: the first day the person passed it. */
    public record Pass(long userId, long courseId, LocalDate day) {
    }

    /** Who to look at: everyone or the teams; not the excluded (never empty); one person, or anyone when null. */
    public record Scope(boolean everyone, Collection<Long> teams, Collection<Long> excluded, Long person,
            Long department) {
    }

    private static final String STINTS = """
            select * from (select m.user_id, m.department_id, m.first_day,
              (select count(*) from training_course c where c.kind = 'ONBOARDING' and c.active = true
                 and c.created_on <= m.first_day) as required,
              (select count(distinct c.id) from training_course c
                 join training_session s on s.course_id = c.id
                 join training_attendee a on a.session_id = s.id
                 where c.kind = 'ONBOARDING' and c.active = true and c.created_on <= m.first_day
                 and a.user_id = m.user_id and a.passed = true) as passed
            from team_membership m where m.last_day is null
              and (:everyone = true or m.department_id in (:teams))
              and m.user_id not in (:excluded)
              and (:person = 0 or m.user_id = :person)
              and (:department = 0 or m.department_id = :department)) t
            """;

    /** Listed: still inside the window ({@code since} or later), or not done; {@code overdue}: not done by the cutoff. */
    private static final String LISTED = " where (t.first_day >= :since or t.passed < t.required)"
            + " and (:overdue = false or (t.passed < t.required and t.first_day < :cutoff))";

    private final JdbcClient jdbc;

    Onboardings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the new people, newest first; {@code since}: the start of the window, {@code cutoff}: overdue before. */
    public List<Stint> page(Scope scope, LocalDate since, LocalDate cutoff, boolean overdue, int offset, int size) {
        return bind(jdbc.sql("select t.user_id, t.department_id, t.first_day, t.required, t.passed from ("
                + STINTS + ") t" + LISTED + " order by t.first_day desc, t.user_id limit :size offset :offset"),
                scope).param("since", since).param("cutoff", cutoff).param("overdue", overdue).param("size", size)
                .param("offset", offset).query(Onboardings::stint).list();
    }

    public long count(Scope scope, LocalDate since, LocalDate cutoff, boolean overdue) {
        return bind(jdbc.sql("select count(*) from (" + STINTS + ") t" + LISTED), scope).param("since", since)
                .param("cutoff", cutoff).param("overdue", overdue).query(Long.class).single();
    }

    /** Overdue stints (not done, first day before the cutoff) the supervisor was not yet told of. */
    public List<Stint> overdueUnnoticed(Scope scope, LocalDate cutoff) {
        return bind(jdbc.sql("select t.user_id, t.department_id, t.first_day, t.required, t.passed from (" + STINTS
                + ") t where t.passed < t.required and t.first_day < :cutoff and not exists (select 1 from"
                + " training_overdue_notice n where n.user_id = t.user_id and n.first_day = t.first_day)"
                + " order by t.department_id, t.first_day, t.user_id"), scope).param("cutoff", cutoff)
                .query(Onboardings::stint).list();
    }

    /** Notes the notice; false when another run noted it first. */
    public boolean markNotified(Stint stint, Instant at) {
        return jdbc.sql("""
                insert into training_overdue_notice (user_id, first_day, department_id, notified_at)
                select :user, :first, :dept, :at where not exists (select 1 from training_overdue_notice
                  where user_id = :user and first_day = :first)
                """).param("user", stint.userId()).param("first", stint.firstDay())
                .param("dept", stint.departmentId()).param("at", at.atOffset(java.time.ZoneOffset.UTC)).update() == 1;
    }

    /** The onboarding courses the people passed, first pass per course. */
    public List<Pass> passes(Collection<Long> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.user_id, s.course_id, min(s.session_date) from training_attendee a
                join training_session s on s.id = a.session_id
                where a.user_id in (:people) and a.passed = true and s.course_id is not null
                group by a.user_id, s.course_id
                """).param("people", people).query((rs, n) -> new Pass(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class))).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope) {
        return spec.param("everyone", scope.everyone()).param("teams", scope.teams())
                .param("excluded", scope.excluded()).param("person", scope.person() == null ? 0L : scope.person())
                .param("department", scope.department() == null ? 0L : scope.department());
    }

    private static Stint stint(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stint(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5));
    }
}
