package csms.customer.internal;

import csms.customer.Customer;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** The condition of {@link ConfidentialReach}: open customers, or confidential ones within the reach. */
    String IN_REACH = """
            (c.confidential = false or :#{#reach.everything()} = true or c.ownerId in :#{#reach.owners()}
             or (:#{#reach.unassigned()} = true and c.ownerId is null))
            """;

    long countByMergedIntoIdIsNull();

    long countByOwnerIdAndMergedIntoIdIsNullAndUpdatedAtBefore(long ownerId, java.time.Instant cutoff);

    /** Active customers other than the given one with any of these phone digits, within the reach (merge candidates). */
    @Query("""
            select distinct c from Customer c join c.phones p
            where p.digits in :digits and c.id <> :id and c.mergedIntoId is null and """ + IN_REACH + """
            order by c.id
            """)
    List<Customer> activeWithPhoneDigits(@Param("digits") Collection<String> digits, @Param("id") long id,
            @Param("reach") ConfidentialReach reach, Pageable limit);

    /** Ids of active customers with exactly these phone digits, within the reach, in id order. */
    @Query("select c.id from Customer c join c.phones p where p.digits = :digits and c.mergedIntoId is null and "
            + IN_REACH + " order by c.id")
    List<Long> activeIdsWithPhoneDigits(@Param("digits") String digits, @Param("reach") ConfidentialReach reach,
            Limit limit);

    /** Active customers other than the given one with exactly this name, within the reach (merge candidates). */
    @Query("select c from Customer c where c.name = :name and c.id <> :id and c.mergedIntoId is null and "
            + IN_REACH + " order by c.id")
    List<Customer> activeWithName(@Param("name") String name, @Param("id") long id,
            @Param("reach") ConfidentialReach reach, Pageable limit);

    /** Active customers after the given id, in id order: walks the archive in batches (reclassification). */
    @Query("select c from Customer c where c.mergedIntoId is null and c.id > :after order by c.id")
    List<Customer> activeAfter(@Param("after") long after, Pageable limit);

    /** Active customers of a segment after the given id, in id order (VIS-3, VIS-5: visits for a segment). */
    @Query("""
            select c from Customer c where c.mergedIntoId is null and c.id > :after
              and (:membersOnly = false or c.member = true) and c.kind in :kinds
              and (:anyGrade = true or c.gradeId in :gradeIds)
            order by c.id
            """)
    List<Customer> activeInSegmentAfter(@Param("after") long after, @Param("membersOnly") boolean membersOnly,
            @Param("kinds") Collection<csms.customer.CustomerKind> kinds, @Param("anyGrade") boolean anyGrade,
            @Param("gradeIds") Collection<Long> gradeIds, Pageable limit);

    /** The active confidential customers of an owner. */
    @Query("select c from Customer c where c.ownerId = :owner and c.confidential = true and c.mergedIntoId is null")
    List<Customer> confidentialOwnedBy(@Param("owner") long ownerId);
}
