package csms.pay;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A department's performance scheme 绩效方案 from a month on (PAY-5, PAY-8): what it grades on, who grades and what
 * each grade means. Written by the department's head, approved by a department manager who did not write it; an
 * approved version is final and a change is a new version from a later month.
 */
@Entity
@Table(name = "pay_scheme")
public class PerformanceScheme {

    public static final int MEANING_MAX = 300;
    public static final int REASON_MAX = 500;
    public static final int CRITERIA_MAX = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "effective_month", nullable = false)
    private LocalDate effectiveMonth;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pay_scheme_criterion", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "sort_order")
    @AttributeOverride(name = "name", column = @Column(name = "name", nullable = false))
    private List<SchemeCriterion> criteria = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchemeGrader grader;

    @Column(name = "meaning_fail", nullable = false)
    private String failMeans;

    @Column(name = "meaning_pass", nullable = false)
    private String passMeans;

    @Column(name = "meaning_good", nullable = false)
    private String goodMeans;

    @Column(name = "meaning_excellent", nullable = false)
    private String excellentMeans;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchemeState state;

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PerformanceScheme() {
    }

    PerformanceScheme(long departmentId) {
        this.departmentId = departmentId;
        this.state = SchemeState.DRAFT;
    }

    void write(SchemeInput in, List<SchemeCriterion> cleaned, long by, Instant at) {
        this.effectiveMonth = in.from().atDay(1);
        this.criteria.clear();
        this.criteria.addAll(cleaned);
        this.grader = in.grader();
        this.failMeans = in.failMeans().strip();
        this.passMeans = in.passMeans().strip();
        this.goodMeans = in.goodMeans().strip();
        this.excellentMeans = in.excellentMeans().strip();
        this.writtenBy = by;
        this.updatedAt = at;
    }

    void submit(long by, Instant at) {
        this.state = SchemeState.SUBMITTED;
        this.submittedBy = by;
        this.updatedAt = at;
    }

    void decide(boolean approved, String reason, long by, Instant at) {
        this.state = approved ? SchemeState.APPROVED : SchemeState.RETURNED;
        this.returnReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.updatedAt = at;
    }

    /** The author: whoever wrote the content or sent it for approval. */
    public boolean writtenOrSubmittedBy(long userId) {
        return writtenBy == userId || (submittedBy != null && submittedBy == userId);
    }

    /** What a grade means under this scheme. */
    public String means(PerformanceGrade grade) {
        return switch (grade) {
            case FAIL -> failMeans;
            case PASS -> passMeans;
            case GOOD -> goodMeans;
            case EXCELLENT -> excellentMeans;
        };
    }

    public Long getId() {
        return id;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public YearMonth getEffectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public List<SchemeCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public SchemeGrader getGrader() {
        return grader;
    }

    public String getFailMeans() {
        return failMeans;
    }

    public String getPassMeans() {
        return passMeans;
    }

    public String getGoodMeans() {
        return goodMeans;
    }

    public String getExcellentMeans() {
        return excellentMeans;
    }

    public SchemeState getState() {
        return state;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
