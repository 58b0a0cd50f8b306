package csms.visit.internal;

import csms.visit.VisitSurveyLink;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitSurveyLinkRepository extends JpaRepository<VisitSurveyLink, Long> {

    Optional<VisitSurveyLink> findByVisitId(long visitId);

    Optional<VisitSurveyLink> findByTokenHash(String tokenHash);
}
