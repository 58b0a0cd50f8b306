package csms.service.internal;

import csms.service.TimelineEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    Page<TimelineEntry> findByRequestId(long requestId, Pageable page);
}
