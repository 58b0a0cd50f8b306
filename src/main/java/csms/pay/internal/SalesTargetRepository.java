package csms.pay.internal;

import csms.pay.SalesTarget;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SalesTargetRepository extends JpaRepository<SalesTarget, Long> {

    List<SalesTarget> findByTargetMonth(LocalDate month);

    Optional<SalesTarget> findByDepartmentIdAndTargetMonth(long departmentId, LocalDate month);

    /** Records that the month's missing targets were reported; 0 when another node did it first. */
    @Modifying
    @Query(value = """
            insert into sales_target_notice (target_month, sent_at)
            select :month, :at where not exists (select 1 from sales_target_notice where target_month = :month)
            """, nativeQuery = true)
    int markNoticeSent(@Param("month") LocalDate month, @Param("at") java.time.Instant at);
}
