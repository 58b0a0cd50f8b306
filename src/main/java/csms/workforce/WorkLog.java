package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A person's daily work log (WFM-8) with special customer situations and the supervisor's review. */
@Entity
@Table(name = "work_log")
public class WorkLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "log_date", nullable = false)
    private LocalDate logDate;
    @Column(nullable = false)
    private String content;
    @Column(name = "special_situation")
    private String specialSituation;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
    @Column(name = "reviewed_by")
    private Long reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Version
    private long version;

    protected WorkLog() {
    }

    WorkLog(long userId, Long departmentId, LocalDate logDate) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.logDate = logDate;
    }

    void write(String text, String special, Instant at) {
        this.content = text;
        this.specialSituation = special;
        this.writtenAt = at;
    }

    void review(String comment, long by, Instant at) {
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Long getDepartmentId() { return departmentId; }
    public LocalDate getLogDate() { return logDate; }
    public String getContent() { return content; }
    public String getSpecialSituation() { return specialSituation; }
    public Instant getWrittenAt() { return writtenAt; }
    public Long getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
    public long getVersion() { return version; }
}
