package csms.workforce.internal;

import csms.workforce.WorkLog;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkLogRepository extends JpaRepository<WorkLog, Long> {

    Optional<WorkLog> findByUserIdAndLogDate(long userId, LocalDate logDate);

    /** A person's logs of the days [from, to), by day (the period beside a plan or report). */
    java.util.List<WorkLog> findByUserIdAndLogDateGreaterThanEqualAndLogDateLessThanOrderByLogDate(long userId,
            LocalDate from, LocalDate to);

    /** Logs of the days [from, to) within the reach; {@code unreviewed} keeps only those not yet reviewed. */
    @Query("""
            select w from WorkLog w where w.logDate >= :from and w.logDate < :to
            and (:department is null or w.departmentId = :department)
            and (:person is null or w.userId = :person)
            and (:unreviewed = false or w.reviewedAt is null)
            and (:everyone = true or w.userId = :me or w.departmentId in :teams)
            """)
    Page<WorkLog> search(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("department") Long department, @Param("person") Long person,
            @Param("unreviewed") boolean unreviewed, @Param("everyone") boolean everyone, @Param("me") long me,
            @Param("teams") Collection<Long> teams, Pageable page);
}
