package csms.service.internal;

import csms.service.ComplaintPenalty;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintPenaltyRepository extends JpaRepository<ComplaintPenalty, Long> {

    List<ComplaintPenalty> findByRequestIdOrderById(long requestId);
}
