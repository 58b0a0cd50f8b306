package csms.script.internal;

import csms.script.ReplyCheckRecord;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReplyCheckRecordRepository extends JpaRepository<ReplyCheckRecord, Long> {

    /** Per agent in the period: [agentId, replies checked, replies with findings]. */
    @Query("""
            select r.agentId, count(r), sum(case when r.findings > 0 then 1 else 0 end)
            from ReplyCheckRecord r
            where r.checkedOn between :from and :to
            group by r.agentId
            """)
    List<Object[]> repliesPerAgent(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Per agent and category in the period: [agentId, category, findings]. */
    @Query("""
            select r.agentId, key(c), sum(value(c))
            from ReplyCheckRecord r join r.byCategory c
            where r.checkedOn between :from and :to
            group by r.agentId, key(c)
            """)
    List<Object[]> findingsPerAgentAndCategory(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
