package csms.customer.internal;

import csms.customer.Customer;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    long countByMergedIntoIdIsNull();

    long countByOwnerIdAndMergedIntoIdIsNullAndUpdatedAtBefore(long ownerId, java.time.Instant cutoff);

    /** Active customers other than the given one with any of these phone digits (merge candidates). */
    @Query("""
            select distinct c from Customer c join c.phones p
            where p.digits in :digits and c.id <> :id and c.mergedIntoId is null
            order by c.id
            """)
    List<Customer> activeWithPhoneDigits(@Param("digits") Collection<String> digits, @Param("id") long id,
            Pageable limit);

    /** Active customers other than the given one with exactly this name (merge candidates). */
    @Query("select c from Customer c where c.name = :name and c.id <> :id and c.mergedIntoId is null order by c.id")
    List<Customer> activeWithName(@Param("name") String name, @Param("id") long id, Pageable limit);

    /** Active customers after the given id, in id order: walks the archive in batches (reclassification). */
    @Query("select c from Customer c where c.mergedIntoId is null and c.id > :after order by c.id")
    List<Customer> activeAfter(@Param("after") long after, Pageable limit);
}
