package csms.service.internal;

import csms.service.ComplaintProposal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintProposalRepository extends JpaRepository<ComplaintProposal, Long> {

    List<ComplaintProposal> findByRequestIdOrderById(long requestId);

    int countByRequestId(long requestId);
}
