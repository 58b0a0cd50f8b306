package csms.service;

import csms.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Something promised to a customer 答应客户的事情 with a due time (SVC-6); overdue promises escalate. */
@Entity
@Table(name = "request_promise")
public class Promise {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private long agentId;
    private String description;
    private Instant dueAt;
    private Instant keptAt;
    private Instant overdueAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Promise() {
    }

    Promise(long requestId, long agentId, String description, Instant dueAt, Instant now) {
        this.requestId = requestId;
        this.agentId = agentId;
        this.description = description;
        this.dueAt = dueAt;
        this.createdAt = now;
    }

    void keep(Instant now) {
        if (keptAt != null) {
            throw new ConflictException("service.promise.kept");
        }
        keptAt = now;
    }

    void markOverdue(Instant now) {
        overdueAt = now;
    }

    public boolean isOverdue(Instant now) {
        return keptAt == null && dueAt.isBefore(now);
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getAgentId() { return agentId; }
    public String getDescription() { return description; }
    public Instant getDueAt() { return dueAt; }
    public Instant getKeptAt() { return keptAt; }
    public Instant getOverdueAt() { return overdueAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
