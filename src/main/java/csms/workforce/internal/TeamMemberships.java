package csms.workforce.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the dated team history (plain JDBC: small rows, read in bulk for a month). */
@Repository
public class TeamMemberships {

    /** A stretch of days in one team; {@code lastDay} null while it lasts. */
    public record Stint(long id, long userId, long departmentId, LocalDate firstDay, LocalDate lastDay) {
    }

    private static final String COLUMNS = "select id, user_id, department_id, first_day, last_day from team_membership ";

    private final JdbcClient jdbc;

    TeamMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stint> open(long userId) {
        return jdbc.sql(COLUMNS + "where user_id = :user and last_day is null order by first_day desc, id desc")
                .param("user", userId).query(TeamMemberships::stint).list().stream().findFirst();
    }

    public void start(long userId, long departmentId, LocalDate firstDay) {
        jdbc.sql("insert into team_membership (user_id, department_id, first_day) values (:user, :dept, :first)")
                .param("user", userId).param("dept", departmentId).param("first", firstDay).update();
    }

    public void end(long id, LocalDate lastDay) {
        jdbc.sql("update team_membership set last_day = :last where id = :id").param("last", lastDay).param("id", id)
                .update();
    }

    public void moveStart(long id, LocalDate firstDay) {
        jdbc.sql("update team_membership set first_day = :first where id = :id").param("first", firstDay)
                .param("id", id).update();
    }

    public void moveTo(long id, long departmentId) {
        jdbc.sql("update team_membership set department_id = :dept where id = :id").param("dept", departmentId)
                .param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from team_membership where id = :id").param("id", id).update();
    }

    /** Every stint touching the period, oldest first per person; of the given people, or of everyone when null. */
    public List<Stint> touching(LocalDate from, LocalDate to, Collection<Long> people) {
        if (people != null && people.isEmpty()) {
            return List.of();
        }
        String sql = COLUMNS + "where first_day <= :to and (last_day is null or last_day >= :from)"
                + (people == null ? "" : " and user_id in (:people)") + " order by user_id, first_day, id";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", from).param("to", to);
        if (people != null) {
            spec = spec.param("people", people);
        }
        return spec.query(TeamMemberships::stint).list();
    }

    /** A person's whole history, newest first. */
    public List<Stint> of(long userId) {
        return jdbc.sql(COLUMNS + "where user_id = :user order by first_day desc, id desc").param("user", userId)
                .query(TeamMemberships::stint).list();
    }

    private static Stint stint(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class));
    }
}
