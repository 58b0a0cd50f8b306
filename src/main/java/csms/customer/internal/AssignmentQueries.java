package csms.customer.internal;

import csms.customer.Customer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reads for assignment and the first-contact duty (CUS-5); merged records never count. Name filters take "" for
 * "any name" (a null parameter has no type on PostgreSQL).
 */
public interface AssignmentQueries extends Repository<Customer, Long> {

    @Query("""
            select c from Customer c
            where c.ownerId is null and c.mergedIntoId is null
              and c.name like concat('%', :q, '%')
            """)
    Page<Customer> unassigned(@Param("q") String q, Pageable pageable);

    @Query("select c from Customer c where c.ownerId is null and c.mergedIntoId is null order by c.id")
    List<Customer> unassigned(Limit limit);

    @Query("""
            select c from Customer c
            where c.ownerId = :owner and c.mergedIntoId is null
              and c.name like concat('%', :q, '%')
            """)
    Page<Customer> ownedBy(@Param("owner") long owner, @Param("q") String q, Pageable pageable);

    /** Open first-contact duties of the given owners. */
    @Query("""
            select c from Customer c
            where c.ownerId in :owners and c.mergedIntoId is null
              and c.firstContact.dueAt is not null and c.firstContact.contactedAt is null
            """)
    Page<Customer> pendingFirstContacts(@Param("owners") Collection<Long> owners, Pageable pageable);

    /**
     * Per owner: [ownerId, customers, potential sum (unknown potential counts 1), open duties not yet due,
     * overdue duties].
     */
    @Query("""
            select c.ownerId, count(c), sum(coalesce(c.potential, 1)),
                   sum(case when c.firstContact.dueAt is not null and c.firstContact.contactedAt is null
                             and c.firstContact.dueAt >= :now then 1 else 0 end),
                   sum(case when c.firstContact.dueAt is not null and c.firstContact.contactedAt is null
                             and c.firstContact.dueAt < :now then 1 else 0 end)
            from Customer c
            where c.ownerId in :owners and c.mergedIntoId is null
            group by c.ownerId
            """)
    List<Object[]> loads(@Param("owners") Collection<Long> owners, @Param("now") Instant now);

    /** Duties whose due time has passed and that were not yet marked overdue, oldest first. */
    @Query("""
            select c.id from Customer c
            where c.ownerId is not null and c.mergedIntoId is null
              and c.firstContact.contactedAt is null and c.firstContact.overdueNoticedAt is null
              and c.firstContact.dueAt < :asOf
            order by c.firstContact.dueAt, c.id
            """)
    List<Long> newlyOverdue(@Param("asOf") Instant asOf, Limit limit);
}
