package csms.workforce.internal;

import csms.workforce.ApproverLevel;
import csms.workforce.LeaveRequest;
import csms.workforce.LeaveStatus;
import csms.workforce.LeaveType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

    Page<LeaveRequest> findByApplicantId(long applicantId, Pageable pageable);

    /** The applications of some people in some states that touch the days from..to (by whole dates). */
    @Query("""
            select l from LeaveRequest l where l.applicantId in :people and l.status in :states
            and l.startDate <= :to and l.endDate >= :from order by l.startDate
            """)
    List<LeaveRequest> touching(@Param("people") Collection<Long> people, @Param("states") Collection<LeaveStatus> states,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Pending applications a user may decide: as the named supervisor, or at the general manager level. */
    @Query("""
            select l from LeaveRequest l where l.status = csms.workforce.LeaveStatus.PENDING and l.applicantId <> :me
            and ((l.approverLevel = csms.workforce.ApproverLevel.SUPERVISOR and l.approverId = :me)
                 or (:manager = true and l.approverLevel = csms.workforce.ApproverLevel.GENERAL_MANAGER))
            """)
    Page<LeaveRequest> queue(@Param("me") long me, @Param("manager") boolean manager, Pageable pageable);

    /** Decided applications (HR's file), filtered. */
    @Query("""
            select l from LeaveRequest l where l.decidedBy is not null and (:status is null or l.status = :status)
            and (:department is null or l.departmentId = :department)
            and (:type is null or l.type = :type)
            and (:level is null or l.approverLevel = :level)
            and l.startDate <= :to and l.endDate >= :from
            """)
    Page<LeaveRequest> decided(@Param("status") LeaveStatus status, @Param("department") Long department,
            @Param("type") LeaveType type, @Param("level") ApproverLevel level, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);
}
