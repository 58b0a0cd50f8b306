package csms.service.internal;

import csms.service.Complaint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByConfirmationTokenHash(String tokenHash);
}
