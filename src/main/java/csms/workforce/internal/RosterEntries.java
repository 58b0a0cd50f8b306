package csms.workforce.internal;

import csms.workforce.ShiftClass;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cells of the rosters (plain rows: a roster is replaced as a whole when saved). */
@Repository
public class RosterEntries {

    /** One cell: who works which shift on which day, with the shift's class when saved. */
    public record Entry(long userId, LocalDate day, long shiftTypeId, ShiftClass shiftClass) {
    }

    private final JdbcClient jdbc;

    RosterEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(long rosterId) {
        return jdbc.sql("""
                select user_id, work_date, shift_type_id, shift_class from roster_entry where roster_id = :roster
                order by user_id, work_date
                """).param("roster", rosterId).query((rs, n) -> new Entry(rs.getLong(1),
                rs.getObject(2, LocalDate.class), rs.getLong(3), ShiftClass.valueOf(rs.getString(4)))).list();
    }

    public void replace(long rosterId, List<Entry> entries) {
        jdbc.sql("delete from roster_entry where roster_id = :roster").param("roster", rosterId).update();
        for (Entry e : entries) {
            jdbc.sql("""
                    insert into roster_entry (roster_id, user_id, work_date, shift_type_id, shift_class)
                    values (:roster, :user, :day, :shift, :class)
                    """).param("roster", rosterId).param("user", e.userId()).param("day", e.day())
                    .param("shift", e.shiftTypeId()).param("class", e.shiftClass().name()).update();
        }
    }

    /** A person's cells in a period, in any team's roster. */
    public List<Entry> ofUser(long userId, LocalDate from, LocalDate to) {
        return ofUsers(List.of(userId), from, to);
    }

    /** The cells of many people in a period, in any team's roster. */
    public List<Entry> ofUsers(Collection<Long> people, LocalDate from, LocalDate to) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select user_id, work_date, shift_type_id, shift_class from roster_entry
                where user_id in (:people) and work_date between :from and :to order by user_id, work_date
                """).param("people", people).param("from", from).param("to", to)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        ShiftClass.valueOf(rs.getString(4)))).list();
    }
}
