package csms.system.calendar;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, LocalDate> {

    List<CalendarEntry> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    /** Every day, read-only: loading the calendar inside a caller's transaction adds no dirty checking there. */
    @Query("select e from CalendarEntry e")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<CalendarEntry> readAll();
}
