package csms.visit.internal;

import csms.visit.VisitSegmentSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitSegmentRepository extends JpaRepository<VisitSegmentSetting, String> {
}
