package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app alert to one user about a request; read once seen. */
@Entity
@Table(name = "service_alert")
public class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private long requestId;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    private String detail;
    private Instant createdAt;
    private Instant readAt;

    protected Alert() {
    }

    Alert(long userId, long requestId, AlertKind kind, String detail, Instant createdAt) {
        this.userId = userId;
        this.requestId = requestId;
        this.kind = kind;
        this.detail = detail;
        this.createdAt = createdAt;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public long getRequestId() { return requestId; }
    public AlertKind getKind() { return kind; }
    public String getDetail() { return detail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
