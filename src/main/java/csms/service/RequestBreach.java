package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline found breached (CMP-8), kept for escalation and the statistics; step is the stage or REPLY. */
@Entity
@Table(name = "request_breach")
public class RequestBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private String step;
    private Instant dueAt;
    private Instant detectedAt;

    protected RequestBreach() {
    }

    RequestBreach(long requestId, String step, Instant dueAt, Instant detectedAt) {
        this.requestId = requestId;
        this.step = step;
        this.dueAt = dueAt;
        this.detectedAt = detectedAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getStep() { return step; }
    public Instant getDueAt() { return dueAt; }
    public Instant getDetectedAt() { return detectedAt; }
}
