package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A solution proposed for a complaint, with its cost (CMP-4). */
@Entity
@Table(name = "complaint_proposal")
public class ComplaintProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private String description;
    private BigDecimal cost;
    private Long departmentId;
    private long proposedBy;
    private Instant proposedAt;

    protected ComplaintProposal() {
    }

    ComplaintProposal(long requestId, String description, BigDecimal cost, Long departmentId, long proposedBy,
            Instant proposedAt) {
        this.requestId = requestId;
        this.description = description;
        this.cost = cost;
        this.departmentId = departmentId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getDescription() { return description; }
    public BigDecimal getCost() { return cost; }
    public Long getDepartmentId() { return departmentId; }
    public long getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
}
