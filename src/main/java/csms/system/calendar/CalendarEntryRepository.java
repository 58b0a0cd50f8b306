package csms.system.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, LocalDate> {

    List<CalendarEntry> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    @Query("select distinct year(e.date) from CalendarEntry e")
    List<Integer> years();
}
