package csms.pay;

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

/** An employee's month: the performance grade and the discretionary amount for conduct (PAY-4 … PAY-6). */
@Entity
@Table(name = "pay_assessment")
public class PayAssessment {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "assessed_month", nullable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    private PerformanceGrade grade;

    @Column(name = "graded_by")
    private Long gradedBy;

    private BigDecimal discretionary;

    @Column(name = "discretionary_reason")
    private String discretionaryReason;

    @Column(name = "discretionary_by")
    private Long discretionaryBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PayAssessment() {
    }

    PayAssessment(long userId, YearMonth month) {
        this.userId = userId;
        this.month = month.atDay(1);
    }

    void grade(PerformanceGrade grade, long by, Instant at) {
        this.grade = grade;
        this.gradedBy = by;
        this.updatedAt = at;
    }

    void discretionary(Money amount, String reason, long by, Instant at) {
        this.discretionary = amount == null ? null : amount.amount();
        this.discretionaryReason = reason;
        this.discretionaryBy = by;
        this.updatedAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public PerformanceGrade getGrade() {
        return grade;
    }

    public Long getGradedBy() {
        return gradedBy;
    }

    public Money getDiscretionary() {
        return discretionary == null ? null : new Money(discretionary);
    }

    public String getDiscretionaryReason() {
        return discretionaryReason;
    }

    public long getVersion() {
        return version;
    }
}
