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

/** A breach of discipline with its measure (WFM-7); from a complaint's penalty it names the request and penalty. */
@Entity
@Table(name = "discipline_breach")
public class DisciplineBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "breach_date", nullable = false)
    private LocalDate breachDate;
    @Column(nullable = false)
    private String description;
    private String evidence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachSeverity severity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisciplineMeasure measure;
    private BigDecimal amount;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "penalty_id")
    private Long penaltyId;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected DisciplineBreach() {
    }

    DisciplineBreach(long userId, Long departmentId, LocalDate breachDate, String description, String evidence,
            BreachSeverity severity, DisciplineMeasure measure, BigDecimal amount, long recordedBy,
            Instant recordedAt) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.breachDate = breachDate;
        this.description = description;
        this.evidence = evidence;
        this.severity = severity;
        this.measure = measure;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void fromComplaint(long request, long penalty) {
        this.requestId = request;
        this.penaltyId = penalty;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Long getDepartmentId() { return departmentId; }
    public LocalDate getBreachDate() { return breachDate; }
    public String getDescription() { return description; }
    public String getEvidence() { return evidence; }
    public BreachSeverity getSeverity() { return severity; }
    public DisciplineMeasure getMeasure() { return measure; }
    public BigDecimal getAmount() { return amount; }
    public Long getRequestId() { return requestId; }
    public Long getPenaltyId() { return penaltyId; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
