package csms.pay;

import csms.shared.ConflictException;
import csms.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month's pay run (PAY-8). Its lines are stored as computed; the run moves computed → reviewed → approved → locked
 * by business verbs that refuse any other order (409); a locked run never changes again.
 */
@Entity
@Table(name = "pay_run")
public class PayRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pay_month", nullable = false)
    private LocalDate month;

    @Column(name = "run_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayRunStatus status;

    @Column(name = "correction_of")
    private Long correctionOf;

    private String reason;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "computed_by", nullable = false)
    private long computedBy;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Version
    private long version;

    protected PayRun() {
    }

    PayRun(YearMonth month, int number, Long correctionOf, String reason, Money total, long by, Instant at) {
        this.month = month.atDay(1);
        this.number = number;
        this.correctionOf = correctionOf;
        this.reason = reason;
        this.total = total.amount();
        this.computedBy = by;
        this.computedAt = at;
        this.status = PayRunStatus.COMPUTED;
    }

    void review(long by, Instant at) {
        require(PayRunStatus.COMPUTED);
        this.status = PayRunStatus.REVIEWED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void approve(long by, Instant at) {
        require(PayRunStatus.REVIEWED);
        this.status = PayRunStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void lock(Instant at) {
        require(PayRunStatus.APPROVED);
        this.status = PayRunStatus.LOCKED;
        this.lockedAt = at;
    }

    /** Whether the run may still be discarded (not locked). */
    public boolean isOpen() {
        return status != PayRunStatus.LOCKED;
    }

    private void require(PayRunStatus expected) {
        if (status != expected) {
            throw new ConflictException("pay.run.wrong-state");
        }
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public int getNumber() {
        return number;
    }

    public PayRunStatus getStatus() {
        return status;
    }

    public Long getCorrectionOf() {
        return correctionOf;
    }

    public String getReason() {
        return reason;
    }

    public Money getTotal() {
        return new Money(total);
    }

    public long getComputedBy() {
        return computedBy;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public long getVersion() {
        return version;
    }
}
