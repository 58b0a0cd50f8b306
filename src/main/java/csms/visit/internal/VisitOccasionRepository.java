package csms.visit.internal;

import csms.visit.VisitOccasion;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitOccasionRepository extends JpaRepository<VisitOccasion, Long> {

    /** Occasions on the days between, in date order (the job's look-ahead). */
    List<VisitOccasion> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    @Query("select o from VisitOccasion o")
    Page<VisitOccasion> page(Pageable pageable);

    /** Cancels the open visits of a deleted occasion (they are no longer owed). */
    @Modifying
    @Query("""
            update versioned ReturnVisit v set v.status = csms.visit.VisitStatus.CANCELLED
            where v.kind = csms.visit.VisitKind.SPECIAL and v.periodKey = :key
              and v.status in (csms.visit.VisitStatus.PLANNED, csms.visit.VisitStatus.NOT_REACHED)
            """)
    int cancelOpenVisits(@Param("key") String key);
}
