package csms.workforce.internal;

import csms.workforce.AttendanceRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttendanceRecordRepository extends JpaRepository<AttendanceRecord, Long> {

    Optional<AttendanceRecord> findByUserIdAndWorkDate(long userId, LocalDate workDate);

    List<AttendanceRecord> findByUserIdAndWorkDateBetweenOrderByWorkDate(long userId, LocalDate from, LocalDate to);

    /** Records of the days [from, to) within the reach: everyone, or the given teams and the user themself. */
    @Query("""
            select a from AttendanceRecord a where a.workDate >= :from and a.workDate < :to
            and (:department is null or a.departmentId = :department)
            and (:person is null or a.userId = :person)
            and (:everyone = true or a.userId = :me or a.departmentId in :teams)
            """)
    Page<AttendanceRecord> search(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("department") Long department, @Param("person") Long person, @Param("everyone") boolean everyone,
            @Param("me") long me, @Param("teams") Collection<Long> teams, Pageable page);
}
