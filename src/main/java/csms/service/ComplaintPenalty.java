package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A penalty recorded against a staff member responsible for a justified complaint (CMP-5 → WFM-7). */
@Entity
@Table(name = "complaint_penalty")
public class ComplaintPenalty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private PenaltyMeasure measure;
    private BigDecimal amount;
    private String reason;
    private long recordedBy;
    private Instant recordedAt;

    protected ComplaintPenalty() {
    }

    ComplaintPenalty(long requestId, long userId, PenaltyMeasure measure, BigDecimal amount, String reason,
            long recordedBy, Instant recordedAt) {
        this.requestId = requestId;
        this.userId = userId;
        this.measure = measure;
        this.amount = amount;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getUserId() { return userId; }
    public PenaltyMeasure getMeasure() { return measure; }
    public BigDecimal getAmount() { return amount; }
    public String getReason() { return reason; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
