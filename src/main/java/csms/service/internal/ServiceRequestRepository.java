package csms.service.internal;

import csms.service.RequestStatus;
import csms.service.ServiceRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long>,
        JpaSpecificationExecutor<ServiceRequest> {

    /** Active requests whose deadline passed and that are not yet marked breached, oldest deadline first. */
    @Query("""
            select r from ServiceRequest r where r.status in :active and r.dueAt < :now and r.breachedAt is null
            order by r.dueAt""")
    List<ServiceRequest> newlyOverdue(@Param("active") Collection<RequestStatus> active, @Param("now") Instant now,
            Pageable limit);

    @Query("""
            select r from ServiceRequest r where r.customerId = :customerId and r.status in :active
            order by r.createdAt desc""")
    List<ServiceRequest> activeOfCustomer(@Param("customerId") long customerId,
            @Param("active") Collection<RequestStatus> active, Pageable limit);

    @Modifying
    @Query("""
            update ServiceRequest r set r.customerName = coalesce(:name, r.customerName), r.customerRank = :rank,
            r.restrictedDepartmentId = :restricted where r.customerId = :customerId""")
    int customerChanged(@Param("customerId") long customerId, @Param("name") String name, @Param("rank") int rank,
            @Param("restricted") Long restricted);

    @Modifying
    @Query("update ServiceRequest r set r.customerId = :survivor where r.customerId = :duplicate")
    int moveToCustomer(@Param("duplicate") long duplicate, @Param("survivor") long survivor);

    /** Marks a breach without touching the version, so agents editing the request are not refused for it. */
    @Modifying
    @Query("update ServiceRequest r set r.breachedAt = :now where r.id = :id and r.breachedAt is null and r.dueAt = :due")
    int markBreached(@Param("id") long id, @Param("due") Instant due, @Param("now") Instant now);

    /** A confidential customer's requests follow its owner's team (CUS-6); null opens them again. */
    @Modifying
    @Query("update ServiceRequest r set r.restrictedDepartmentId = :restricted where r.customerId = :customerId")
    int restrict(@Param("customerId") long customerId, @Param("restricted") Long restricted);
}
