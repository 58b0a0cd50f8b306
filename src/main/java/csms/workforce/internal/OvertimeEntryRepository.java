package csms.workforce.internal;

import csms.workforce.OvertimeEntry;
import csms.workforce.OvertimeStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OvertimeEntryRepository extends JpaRepository<OvertimeEntry, Long> {

    Optional<OvertimeEntry> findByUserIdAndWorkDate(long userId, LocalDate workDate);

    List<OvertimeEntry> findByUserIdInAndStatusAndWorkDateBetweenOrderByWorkDate(Collection<Long> people,
            OvertimeStatus status, LocalDate from, LocalDate to);

    /** Entries of the days [from, to) within the reach: everyone, or the given teams and the user themself. */
    @Query("""
            select o from OvertimeEntry o where o.workDate >= :from and o.workDate < :to
            and (:department is null or o.departmentId = :department)
            and (:person is null or o.userId = :person)
            and (:status is null or o.status = :status)
            and (:everyone = true or o.userId = :me or o.departmentId in :teams)
            """)
    Page<OvertimeEntry> search(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("department") Long department, @Param("person") Long person,
            @Param("status") OvertimeStatus status, @Param("everyone") boolean everyone, @Param("me") long me,
            @Param("teams") Collection<Long> teams, Pageable page);
}
