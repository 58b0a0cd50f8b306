package csms.audit.internal;

import csms.audit.AuditEntry;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: no update or delete methods exist. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:subjectType is null or e.subjectType = :subjectType)
              and (:subjectId is null or e.subjectId = :subjectId)
              and (cast(:from as Instant) is null or e.occurredAt >= :from)
              and (cast(:to as Instant) is null or e.occurredAt < :to)
            """)
    Page<AuditEntry> search(@Param("actor") String actor, @Param("action") String action,
            @Param("subjectType") String subjectType, @Param("subjectId") String subjectId,
            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}
