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
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    /** The latest visit (highest round) for a source request. */
    Optional<ReturnVisit> findFirstBySourceRequestIdOrderByRoundDesc(long sourceRequestId);

    /**
     * Visits in a viewer's scope: the agent's own ({@code departmentId} null), the team's (supervisor) or all
     * ({@code all}); those planned and due before the instants given (far in the future for no limit), one source
     * request's, one campaign's (VIS-6), one agent's, or those whose customer's own quiet hours do not contain the
     * minute of the day {@code minute} (negative: no such filter).
     * The instants are never null: PostgreSQL cannot type a null timestamp parameter in {@code :x is null}.
     */
    @Query("""
            select v from ReturnVisit v
            where (:all = true or v.agentId = :viewerId or (:departmentId is not null and v.departmentId = :departmentId))
              and (:mine = false or v.agentId = :viewerId)
              and (:requestId is null or v.sourceRequestId = :requestId)
              and (:campaignId is null or v.campaignId = :campaignId)
              and (:agentId is null or v.agentId = :agentId)
              and v.status in :statuses
              and v.plannedAt < :plannedBefore
              and v.dueBy < :dueBefore
              and (:minute < 0 or not exists (select q from CustomerQuietHours q where q.customerId = v.customerId
                   and ((q.startsMinute < q.endsMinute and :minute >= q.startsMinute and :minute < q.endsMinute)
                     or (q.startsMinute > q.endsMinute and (:minute >= q.startsMinute or :minute < q.endsMinute)))))
            """)
    Page<ReturnVisit> search(@Param("viewerId") long viewerId, @Param("departmentId") Long departmentId,
            @Param("all") boolean all, @Param("mine") boolean mine, @Param("requestId") Long requestId,
            @Param("campaignId") Long campaignId, @Param("agentId") Long agentId,
            @Param("statuses") Collection<VisitStatus> statuses, @Param("plannedBefore") Instant plannedBefore,
            @Param("dueBefore") Instant dueBefore, @Param("minute") int minute, Pageable pageable);

    /**
     * Counts of the visits of a kind whose source was completed in the period, for the coverage of VIS-1: all, done
     * by the due time, done late. Department and agent are optional filters (null: any).
     */
    @Query("""
            select count(v),
                   coalesce(sum(case when v.status = csms.visit.VisitStatus.DONE and v.visitedAt <= v.dueBy then 1 else 0 end), 0),
                   coalesce(sum(case when v.status = csms.visit.VisitStatus.DONE and v.visitedAt > v.dueBy then 1 else 0 end), 0)
            from ReturnVisit v where v.kind = :kind
              and v.sourceCompletedAt >= :from and v.sourceCompletedAt < :to
              and (:departmentId is null or v.departmentId = :departmentId)
              and (:agentId is null or v.agentId = :agentId)
            """)
    List<Object[]> coverageCounts(@Param("kind") VisitKind kind, @Param("from") Instant from, @Param("to") Instant to,
            @Param("departmentId") Long departmentId, @Param("agentId") Long agentId);

    /** Open visits past their due time, counted per agent (null agent: nobody owes them), most first. */
    @Query("""
            select v.agentId, count(v) from ReturnVisit v where v.status in :statuses and v.dueBy < :now
              and (:departmentId is null or v.departmentId = :departmentId)
              and (:agentId is null or v.agentId = :agentId)
            group by v.agentId order by count(v) desc
            """)
    List<Object[]> overdueByAgent(@Param("statuses") Collection<VisitStatus> statuses, @Param("now") Instant now,
            @Param("departmentId") Long departmentId, @Param("agentId") Long agentId);

    /**
     * A campaign's visits counted per agent and status, with those open past {@code now} (VIS-6): rows of agent id
     * (may be null), status, count, overdue count.
     */
    @Query("""
            select v.agentId, v.status, count(v),
                   sum(case when v.status in :open and v.dueBy < :now then 1 else 0 end)
            from ReturnVisit v where v.campaignId = :campaignId
            group by v.agentId, v.status
            """)
    List<Object[]> campaignProgress(@Param("campaignId") long campaignId, @Param("open") Collection<VisitStatus> open,
            @Param("now") Instant now);

    /** Visits per campaign for a page of campaigns: rows of campaign id, total, ended. */
    @Query("""
            select v.campaignId, count(v), sum(case when v.status in :open then 0 else 1 end)
            from ReturnVisit v where v.campaignId in :campaignIds group by v.campaignId
            """)
    List<Object[]> campaignTotals(@Param("campaignIds") Collection<Long> campaignIds,
            @Param("open") Collection<VisitStatus> open);

    /** Cancels a closed campaign's visits still owed, in one statement; returns how many. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ReturnVisit v set v.status = csms.visit.VisitStatus.CANCELLED, v.version = v.version + 1
            where v.campaignId = :campaignId and v.status in :open
            """)
    int cancelOpenOfCampaign(@Param("campaignId") long campaignId, @Param("open") Collection<VisitStatus> open);

    /** Which of the customers already have a visit of the kind for one of the period keys (one query a batch). */
    @Query("""
            select new csms.visit.internal.ScheduledKey(v.customerId, v.periodKey) from ReturnVisit v
            where v.kind = :kind and v.customerId in :customerIds and v.periodKey in :keys
            """)
    List<ScheduledKey> scheduled(@Param("kind") VisitKind kind, @Param("customerIds") Collection<Long> customerIds,
            @Param("keys") Collection<String> keys);
}
