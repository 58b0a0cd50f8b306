package csms.visit.internal;

import csms.visit.CampaignStatus;
import csms.visit.VisitCampaign;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitCampaignRepository extends JpaRepository<VisitCampaign, Long> {

    /** Campaigns of a team ({@code departmentId}) or created by the user, or all, in the statuses given. */
    @Query("""
            select c from VisitCampaign c
            where (:all = true or c.departmentId = :departmentId or c.createdBy = :createdBy)
              and c.status in :statuses
            """)
    Page<VisitCampaign> search(@Param("all") boolean all, @Param("departmentId") Long departmentId,
            @Param("createdBy") long createdBy,
            @Param("statuses") Collection<CampaignStatus> statuses, Pageable pageable);
}
