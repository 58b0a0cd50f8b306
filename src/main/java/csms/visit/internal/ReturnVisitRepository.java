package csms.visit.internal;

import csms.visit.ReturnVisit;
import csms.visit.VisitKind;
import csms.visit.VisitStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    /** The latest visit (highest round) for a source request. */
    Optional<ReturnVisit> findFirstBySourceRequestIdOrderByRoundDesc(long sourceRequestId);

    /**
     * Visits in a viewer's scope: the agent's own ({@code departmentId} null), the team's (supervisor) or all
     * ({@code all}); those planned and due before the instants given (far in the future for no limit), one source request's, or those whose
     * customer's own quiet hours do not contain the minute of the day {@code minute} (negative: no such filter).
     * The instants are never null: PostgreSQL cannot type a null timestamp parameter in {@code :x is null}.
     */
    @Query("""
            select v from ReturnVisit v
            where (:all = true or v.agentId = :viewerId or (:departmentId is not null and v.departmentId = :departmentId))
              and (:mine = false or v.agentId = :viewerId)
              and (:requestId is null or v.sourceRequestId = :requestId)
              and v.status in :statuses
              and v.plannedAt < :plannedBefore
              and v.dueBy < :dueBefore
              and (:minute < 0 or not exists (select q from CustomerQuietHours q where q.customerId = v.customerId
                   and ((q.startsMinute < q.endsMinute and :minute >= q.startsMinute and :minute < q.endsMinute)
                     or (q.startsMinute > q.endsMinute and (:minute >= q.startsMinute or :minute < q.endsMinute)))))
            """)
    Page<ReturnVisit> search(@Param("viewerId") long viewerId, @Param("departmentId") Long departmentId,
            @Param("all") boolean all, @Param("mine") boolean mine, @Param("requestId") Long requestId,
            @Param("statuses") Collection<VisitStatus> statuses, @Param("plannedBefore") Instant plannedBefore,
            @Param("dueBefore") Instant dueBefore, @Param("minute") int minute, Pageable pageable);

    /** Service visits of the period (by the service's completion) for the coverage of VIS-1. */
    @Query("""
            select v from ReturnVisit v where v.kind = :kind
              and v.sourceCompletedAt >= :from and v.sourceCompletedAt < :to
              and (:departmentId is null or v.departmentId = :departmentId)
            """)
    List<ReturnVisit> completedIn(@Param("kind") VisitKind kind, @Param("from") Instant from, @Param("to") Instant to,
            @Param("departmentId") Long departmentId);

    /** Open visits past their due time. */
    @Query("""
            select v from ReturnVisit v where v.status in :statuses and v.dueBy < :now
              and (:departmentId is null or v.departmentId = :departmentId)
            order by v.dueBy
            """)
    List<ReturnVisit> overdue(@Param("statuses") Collection<VisitStatus> statuses, @Param("now") Instant now,
            @Param("departmentId") Long departmentId);

    /** Which of the customers already have a visit of the kind for one of the period keys (one query a batch). */
    @Query("""
            select new csms.visit.internal.ScheduledKey(v.customerId, v.periodKey) from ReturnVisit v
            where v.kind = :kind and v.customerId in :customerIds and v.periodKey in :keys
            """)
    List<ScheduledKey> scheduled(@Param("kind") VisitKind kind, @Param("customerIds") Collection<Long> customerIds,
            @Param("keys") Collection<String> keys);
}
