package csms.service.internal;

import csms.service.Promise;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PromiseRepository extends JpaRepository<Promise, Long> {

    List<Promise> findByRequestIdOrderByDueAt(long requestId);

    @Query("select p from Promise p where p.keptAt is null and p.agentId in :agents order by p.dueAt")
    Page<Promise> openOf(@Param("agents") Collection<Long> agents, Pageable page);

    @Query("select p from Promise p where p.keptAt is null and p.dueAt < :now and p.overdueAt is null order by p.dueAt")
    List<Promise> newlyOverdue(@Param("now") Instant now, Pageable limit);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Promise p set p.overdueAt = :now where p.id = :id and p.overdueAt is null")
    int markOverdue(@Param("id") long id, @Param("now") Instant now);
}
