package csms.visit.internal;

import csms.visit.CustomerQuietHours;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerQuietHoursRepository extends JpaRepository<CustomerQuietHours, Long> {
}
