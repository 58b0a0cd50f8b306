package csms.service.internal;

import csms.service.Referral;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByRequestIdOrderByReferredAt(long requestId);

    @Query("select f from Referral f where f.departmentId = :department and f.answeredAt is null order by f.replyDueAt")
    Page<Referral> openFor(@Param("department") long department, Pageable page);

    @Query("select f from Referral f where f.answeredAt is null and f.replyDueAt < :now and f.overdueAt is null order by f.replyDueAt")
    List<Referral> newlyOverdue(@Param("now") Instant now, Pageable limit);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Referral f set f.overdueAt = :now where f.id = :id and f.overdueAt is null")
    int markOverdue(@Param("id") long id, @Param("now") Instant now);
}
