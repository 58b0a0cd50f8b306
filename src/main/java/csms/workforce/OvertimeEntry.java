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

/** Overtime of a person on a day (WFM-6), in half hours, with its approval. */
@Entity
@Table(name = "overtime_entry")
public class OvertimeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;
    @Column(nullable = false)
    private BigDecimal hours;
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OvertimeStatus status;
    @Column(name = "entered_by", nullable = false)
    private long enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected OvertimeEntry() {
    }

    OvertimeEntry(long userId, Long departmentId, LocalDate workDate) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.workDate = workDate;
    }

    /** Entered anew (also over a rejected entry): approved at once when the supervisor enters it. */
    void enter(BigDecimal hours, String reason, long by, Instant at, boolean approved) {
        this.hours = hours;
        this.reason = reason;
        this.enteredBy = by;
        this.enteredAt = at;
        this.status = approved ? OvertimeStatus.APPROVED : OvertimeStatus.PENDING;
        this.decidedBy = approved ? by : null;
        this.decidedAt = approved ? at : null;
    }

    void decide(boolean approved, long by, Instant at) {
        this.status = approved ? OvertimeStatus.APPROVED : OvertimeStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Long getDepartmentId() { return departmentId; }
    public LocalDate getWorkDate() { return workDate; }
    public BigDecimal getHours() { return hours; }
    public String getReason() { return reason; }
    public OvertimeStatus getStatus() { return status; }
    public long getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
