package csms.service.internal;

import csms.service.RequestBreach;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestBreachRepository extends JpaRepository<RequestBreach, Long> {

    boolean existsByRequestIdAndStepAndDueAt(long requestId, String step, java.time.Instant dueAt);
}
