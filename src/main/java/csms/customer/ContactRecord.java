package csms.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact an agent filed for a customer: when, how, what was said (CUS-5). Records are kept as filed and never
 * edited; the owner's first one after an assignment fulfils the first-contact duty.
 */
@Entity
@Table(name = "customer_contact")
public class ContactRecord {

    public static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @Column(name = "contacted_at", nullable = false)
    private Instant contactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(nullable = false)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactRecord() {
    }

    ContactRecord(long customerId, long agentId, Instant contactedAt, ContactChannel channel, String summary,
            Instant createdAt) {
        this.customerId = customerId;
        this.agentId = agentId;
        this.contactedAt = Objects.requireNonNull(contactedAt);
        this.channel = Objects.requireNonNull(channel);
        this.summary = Objects.requireNonNull(summary);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
