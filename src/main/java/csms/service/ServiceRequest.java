package csms.service;

import csms.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A service request (SVC-1): one contact of a customer — a consultation, a query or a complaint — with its channel,
 * team queue, assignee, current deadline and life cycle. A complaint's closed loop lives in {@link Complaint}.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TAGS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long customerId;
    private String customerName;
    private int customerRank;
    private Long restrictedDepartmentId;
    private String subject;
    private String description;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    /** The priority as a number for sorting (URGENT highest); the column holds the name, which sorts by letter. */
    @org.hibernate.annotations.Formula("case priority when 'URGENT' then 3 when 'HIGH' then 2 when 'NORMAL' then 1 else 0 end")
    private int priorityRank;

    private String tags;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Long departmentId;
    private Long assigneeId;
    private long createdById;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant dueAt;
    private Instant breachedAt;
    private Instant escalatedAt;
    private String escalationReason;

    @Column(name = "customer_verified_at")
    private Instant customerVerifiedAt;

    @Column(name = "customer_verified_by")
    private Long customerVerifiedBy;

    private Instant resolvedAt;
    private Instant closedAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    ServiceRequest(RequestDraft draft, CustomerFacts customer, long createdById, Long departmentId, Instant now) {
        this.type = draft.type();
        this.channel = draft.channel();
        this.customerId = customer.id();
        this.customerName = customer.name();
        this.customerRank = customer.rank();
        this.restrictedDepartmentId = customer.restrictedDepartmentId();
        this.subject = draft.subject();
        this.description = draft.description();
        this.priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        this.tags = draft.tags();
        this.status = RequestStatus.OPEN;
        this.createdById = createdById;
        this.departmentId = departmentId;
        this.assigneeId = createdById;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Hands the request to an agent of a team (or to the team's queue when the agent is null). */
    void assign(Long departmentId, Long assigneeId, Instant now) {
        requireActive();
        this.departmentId = departmentId;
        this.assigneeId = assigneeId;
        touch(now);
    }

    /** Escalates to the supervisor with a reason (SVC-8). */
    void escalate(String reason, Instant now) {
        requireActive();
        this.escalatedAt = now;
        this.escalationReason = reason;
        touch(now);
    }

    /** The customer's details were read back and confirmed (SVC-5). */
    void verifyCustomer(long by, Instant now) {
        this.customerVerifiedAt = now;
        this.customerVerifiedBy = by;
        touch(now);
    }

    void waitForDepartment(Instant now) {
        requireActive();
        this.status = RequestStatus.WAITING;
        touch(now);
    }

    void resumeWork(Instant now) {
        if (status == RequestStatus.WAITING) {
            this.status = RequestStatus.OPEN;
        }
        touch(now);
    }

    /** A consultation or query answered; complaints resolve only through their loop. */
    void resolve(Instant now) {
        requireActive();
        this.status = RequestStatus.RESOLVED;
        this.resolvedAt = now;
        this.dueAt = null;
        touch(now);
    }

    void close(Instant now) {
        if (status == RequestStatus.CLOSED) {
            throw new ConflictException("service.request.closed");
        }
        this.status = RequestStatus.CLOSED;
        if (resolvedAt == null) {
            this.resolvedAt = now;
        }
        this.closedAt = now;
        this.dueAt = null;
        touch(now);
    }

    void reopen(Instant now) {
        if (status.isActive()) {
            throw new ConflictException("service.request.already-open");
        }
        this.status = RequestStatus.OPEN;
        this.resolvedAt = null;
        this.closedAt = null;
        touch(now);
    }

    /** Sets the deadline of the current step; a new deadline clears an earlier breach mark. */
    void dueBy(Instant dueAt, Instant now) {
        this.dueAt = dueAt;
        this.breachedAt = null;
        touch(now);
    }

    void markBreached(Instant now) {
        this.breachedAt = now;
    }

    void customerChanged(String name, int rank, Long restrictedDepartmentId) {
        this.customerName = name == null ? customerName : name;
        this.customerRank = rank;
        this.restrictedDepartmentId = restrictedDepartmentId;
    }

    void edit(String subject, String description, Priority priority, String tags, Instant now) {
        requireActive();
        this.subject = subject;
        this.description = description;
        this.priority = priority == null ? this.priority : priority;
        this.tags = tags;
        touch(now);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void requireActive() {
        if (!status.isActive()) {
            throw new ConflictException("service.request.not-active");
        }
    }

    public boolean isComplaint() {
        return type == RequestType.COMPLAINT;
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && status.isActive() && dueAt.isBefore(now);
    }

    public boolean isAssignedTo(long userId) {
        return Objects.equals(assigneeId, userId);
    }

    public Long getId() {
        return id;
    }

    public RequestType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public int getCustomerRank() {
        return customerRank;
    }

    public Long getRestrictedDepartmentId() {
        return restrictedDepartmentId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getTags() {
        return tags;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public Instant getCustomerVerifiedAt() {
        return customerVerifiedAt;
    }

    public Long getCustomerVerifiedBy() {
        return customerVerifiedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
