package csms.system.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, LocalDate> {

    List<CalendarEntry> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);
}
