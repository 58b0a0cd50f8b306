package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A leave application 请假 (WFM-1) with its routing and decision; {@code @Version}: two deciders, one decision. */
@Entity
@Table(name = "leave_request")
public class LeaveRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_type", nullable = false)
    private LeaveType type;

    @Column(nullable = false)
    private String reason;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_half", nullable = false)
    private HalfDay startHalf;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_half", nullable = false)
    private HalfDay endHalf;

    @Column(name = "working_days", nullable = false)
    private BigDecimal workingDays;

    private boolean urgent;

    @Column(name = "urgent_reason")
    private String urgentReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_level", nullable = false)
    private ApproverLevel approverLevel;

    @Column(name = "approver_id")
    private Long approverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeaveStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LeaveRequest() {
    }

    LeaveRequest(long applicantId, Long departmentId, LeaveApplication application, BigDecimal workingDays,
            boolean urgent, ApproverLevel level, Long approverId, Instant at) {
        this.applicantId = applicantId;
        this.departmentId = departmentId;
        this.type = application.type();
        this.reason = application.reason().strip();
        LeavePeriod p = application.period();
        this.startDate = p.startDate();
        this.startHalf = p.startHalf();
        this.endDate = p.endDate();
        this.endHalf = p.endHalf();
        this.workingDays = workingDays;
        this.urgent = urgent;
        this.urgentReason = urgent ? application.urgentReason().strip() : null;
        this.approverLevel = level;
        this.approverId = approverId;
        this.status = LeaveStatus.PENDING;
        this.createdAt = at;
    }

    void decide(boolean approve, long by, String note, Instant at) {
        this.status = approve ? LeaveStatus.APPROVED : LeaveStatus.REJECTED;
        this.decidedBy = by;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedAt = at;
    }

    void cancel() {
        this.status = LeaveStatus.CANCELLED;
    }

    public LeavePeriod period() {
        return new LeavePeriod(startDate, startHalf, endDate, endHalf);
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public LeaveType getType() {
        return type;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public HalfDay getStartHalf() {
        return startHalf;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public HalfDay getEndHalf() {
        return endHalf;
    }

    public BigDecimal getWorkingDays() {
        return workingDays;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getUrgentReason() {
        return urgentReason;
    }

    public ApproverLevel getApproverLevel() {
        return approverLevel;
    }

    public Long getApproverId() {
        return approverId;
    }

    public LeaveStatus getStatus() {
        return status;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
