package csms.pay.internal;

import csms.pay.PayProfile;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayProfileRepository extends JpaRepository<PayProfile, Long> {

    List<PayProfile> findByUserIdIn(Collection<Long> userIds);
}
