package csms.visit;

import csms.service.Satisfaction;
import csms.shared.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A return visit 回访 owed to a customer (VIS-1, CMP-7): planned at a callable time before it is due, recorded once
 * reached (outcome, satisfaction, answers), tried again when not reached, moved to an agreed time when the customer
 * is busy. State changes are business verbs that refuse a visit already ended (409).
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false)
    private String customerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitKind kind;

    @Column(name = "source_request_id")
    private Long sourceRequestId;

    @Column(nullable = false)
    private int round;

    @Column(name = "source_completed_at")
    private Instant sourceCompletedAt;

    /** The period or occasion a scheduled visit belongs to (VIS-3, VIS-4, VIS-5); null for an event's visit. */
    @Column(name = "period_key")
    private String periodKey;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "due_by", nullable = false)
    private Instant dueBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    private int attempts;

    @Column(name = "rescheduled_on_request")
    private boolean rescheduledOnRequest;

    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    private String note;

    @Column(name = "visited_at")
    private Instant visitedAt;

    @Column(name = "follow_request_id")
    private Long followRequestId;

    /** The campaign the visit belongs to (VIS-6); written in bulk when the campaign is distributed. */
    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "return_visit_answer", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<VisitAnswer> answers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via")
    private RecordedVia recordedVia;

    @Version
    private long version;

    protected ReturnVisit() {
    }

    /** A visit planned for the source request, at a callable instant, due by {@code dueBy}. */
    ReturnVisit(VisitKind kind, long customerId, String customerName, Long sourceRequestId, int round,
            Instant sourceCompletedAt, Long agentId, Long departmentId, Instant plannedAt, Instant dueBy, Instant now) {
        this.round = round;
        this.kind = kind;
        this.customerId = customerId;
        this.customerName = customerName;
        this.sourceRequestId = sourceRequestId;
        this.sourceCompletedAt = sourceCompletedAt;
        this.agentId = agentId;
        this.departmentId = departmentId;
        this.plannedAt = plannedAt;
        this.dueBy = dueBy;
        this.status = VisitStatus.PLANNED;
        this.createdAt = now;
    }

    /**
     * A scheduled visit (periodic, regular, special): one per customer, kind and period key, planned at a callable
     * instant and due by the end of its period.
     */
    static ReturnVisit scheduled(VisitKind kind, long customerId, String customerName, String periodKey,
            Long agentId, Long departmentId, Instant plannedAt, Instant dueBy, Instant now) {
        ReturnVisit v = new ReturnVisit(kind, customerId, customerName, null, 1, null, agentId, departmentId,
                plannedAt, dueBy, now);
        v.periodKey = periodKey;
        return v;
    }

    /** The customer was reached and answered (VIS-3). */
    void recordReached(Satisfaction satisfaction, List<VisitAnswer> answers, String note, Instant at) {
        requireOpen();
        this.attempts++;
        this.outcome = VisitOutcome.REACHED;
        this.satisfaction = satisfaction;
        this.answers.clear();
        this.answers.addAll(answers);
        this.note = note;
        this.visitedAt = at;
        this.status = VisitStatus.DONE;
    }

    /** Nobody answered: the visit stays owed and is tried again. */
    void recordNotReached(String note, Instant at) {
        requireOpen();
        this.attempts++;
        this.outcome = VisitOutcome.NOT_REACHED;
        this.note = note;
        this.status = VisitStatus.NOT_REACHED;
    }

    /** The customer was busy: the visit moves to the agreed time and is planned again. */
    void moveTo(Instant agreedAt, boolean customerAsked, String note) {
        requireOpen();
        this.attempts++;
        this.outcome = VisitOutcome.CALL_BACK;
        this.plannedAt = agreedAt;
        this.rescheduledOnRequest = customerAsked;
        this.note = note;
        this.status = VisitStatus.PLANNED;
    }

    /** The customer declined the visit. */
    void recordRefused(String note, Instant at) {
        requireOpen();
        this.attempts++;
        this.outcome = VisitOutcome.REFUSED;
        this.note = note;
        this.visitedAt = at;
        this.status = VisitStatus.REFUSED;
    }

    /** No longer owed: the complaint it would follow up was closed another way (e.g. over the API). */
    void cancel() {
        requireOpen();
        this.status = VisitStatus.CANCELLED;
    }

    /** How the result came in: the agent's call or the customer's own questionnaire. */
    void recordedVia(RecordedVia via) {
        this.recordedVia = via;
    }

    void followedBy(long requestId) {
        this.followRequestId = requestId;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("visit.ended");
        }
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && dueBy.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public VisitKind getKind() {
        return kind;
    }

    public Long getSourceRequestId() {
        return sourceRequestId;
    }

    public int getRound() {
        return round;
    }

    public Instant getSourceCompletedAt() {
        return sourceCompletedAt;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getDueBy() {
        return dueBy;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public boolean isRescheduledOnRequest() {
        return rescheduledOnRequest;
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public String getNote() {
        return note;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public Long getFollowRequestId() {
        return followRequestId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<VisitAnswer> getAnswers() {
        return List.copyOf(answers);
    }

    public RecordedVia getRecordedVia() {
        return recordedVia;
    }

    public long getVersion() {
        return version;
    }
}
