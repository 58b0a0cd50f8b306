package csms.system.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredWorkingTimeRepository extends JpaRepository<StoredWorkingTime, Long> {
}
