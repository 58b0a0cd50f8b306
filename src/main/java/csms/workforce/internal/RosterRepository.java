package csms.workforce.internal;

import csms.workforce.Roster;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterRepository extends JpaRepository<Roster, Long> {

    Optional<Roster> findByDepartmentIdAndRosterMonth(long departmentId, LocalDate month);
}
