package csms.customer.internal;

import csms.customer.ContactRecord;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRecordRepository extends JpaRepository<ContactRecord, Long> {

    Page<ContactRecord> findByCustomerId(long customerId, Pageable pageable);
}
