package csms.pay.internal;

import csms.pay.PayAssessment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayAssessmentRepository extends JpaRepository<PayAssessment, Long> {

    Optional<PayAssessment> findByUserIdAndMonth(long userId, LocalDate month);

    List<PayAssessment> findByMonthAndUserIdIn(LocalDate month, Collection<Long> userIds);

    List<PayAssessment> findByMonth(LocalDate month);
}
