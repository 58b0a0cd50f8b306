package csms.service;

import csms.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A line of the call record sheet 客户来电记录单 (SVC-3): a question the agent could not answer, handed to a department
 * with a reply deadline; the answer comes back to the agent, who calls the customer back.
 */
@Entity
@Table(name = "request_referral")
public class Referral {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private String question;
    private long departmentId;
    private long referredBy;
    private Instant referredAt;
    private Instant replyDueAt;
    private String answer;
    private Instant answeredAt;
    private Long answeredBy;
    private Instant calledBackAt;
    private Instant overdueAt;
    @Version
    private long version;

    protected Referral() {
    }

    Referral(long requestId, String question, long departmentId, long referredBy, Instant referredAt,
            Instant replyDueAt) {
        this.requestId = requestId;
        this.question = question;
        this.departmentId = departmentId;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
        this.replyDueAt = replyDueAt;
    }

    void answer(String text, long by, Instant now) {
        if (answeredAt != null) {
            throw new ConflictException("service.referral.answered");
        }
        answer = text;
        answeredAt = now;
        answeredBy = by;
    }

    void calledBack(Instant now) {
        if (answeredAt == null) {
            throw new ConflictException("service.referral.not-answered");
        }
        if (calledBackAt != null) {
            throw new ConflictException("service.referral.called-back");
        }
        calledBackAt = now;
    }

    void markOverdue(Instant now) {
        overdueAt = now;
    }

    public boolean isOverdue(Instant now) {
        return answeredAt == null && replyDueAt.isBefore(now);
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getQuestion() { return question; }
    public long getDepartmentId() { return departmentId; }
    public long getReferredBy() { return referredBy; }
    public Instant getReferredAt() { return referredAt; }
    public Instant getReplyDueAt() { return replyDueAt; }
    public String getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Long getAnsweredBy() { return answeredBy; }
    public Instant getCalledBackAt() { return calledBackAt; }
    public Instant getOverdueAt() { return overdueAt; }
    public long getVersion() { return version; }
}
