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
import java.time.Instant;
import java.time.LocalDate;

/** A person's weekly or monthly plan or report (WFM-8) and the supervisor's review of it. */
@Entity
@Table(name = "work_plan")
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "department_id")
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanKind kind;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(nullable = false)
    private String content;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanState state;
    @Column(name = "first_submitted_at", nullable = false)
    private Instant firstSubmittedAt;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "reviewed_by")
    private Long reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "return_reason")
    private String returnReason;
    @Version
    private long version;

    protected WorkPlan() {
    }

    WorkPlan(long userId, Long departmentId, PlanKind kind, LocalDate periodStart) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.kind = kind;
        this.periodStart = periodStart;
    }

    /** Submits the text (again, after a return): it waits for the review. */
    void submit(String text, Instant at) {
        this.content = text;
        this.state = PlanState.SUBMITTED;
        this.submittedAt = at;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    void review(boolean accepted, String comment, String reason, long by, Instant at) {
        this.state = accepted ? PlanState.ACCEPTED : PlanState.RETURNED;
        this.reviewComment = comment;
        this.returnReason = accepted ? null : reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Long getDepartmentId() { return departmentId; }
    public PlanKind getKind() { return kind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public String getContent() { return content; }
    public PlanState getState() { return state; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Long getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
    public String getReturnReason() { return returnReason; }
    public long getVersion() { return version; }
}
