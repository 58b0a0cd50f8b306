package csms.pay;

import csms.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/** The pay facts of one employee that do not change month by month (PAY-5 … PAY-7). */
@Entity
@Table(name = "pay_profile")
public class PayProfile {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "post_wage", nullable = false)
    private BigDecimal postWage;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_kind", nullable = false)
    private PayKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_level", nullable = false)
    private StaffLevel level;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    @Column(name = "trial_until")
    private LocalDate trialUntil;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PayProfile() {
    }

    PayProfile(long userId) {
        this.userId = userId;
    }

    void update(Money postWage, PayKind kind, StaffLevel level, LocalDate hiredOn, YearMonth trialUntil, Instant at) {
        this.postWage = postWage.amount();
        this.kind = kind;
        this.level = level;
        this.hiredOn = hiredOn;
        this.trialUntil = trialUntil == null ? null : trialUntil.atDay(1);
        this.updatedAt = at;
    }

    /** Whether the month is still in the trial period (PAY-6: post wage and performance level only). */
    public boolean inTrial(YearMonth month) {
        return trialUntil != null && month.isBefore(YearMonth.from(trialUntil));
    }

    /** Completed years of service at the end of the month (0 without a hire date). */
    public int completedYears(YearMonth month) {
        if (hiredOn == null || hiredOn.isAfter(month.atEndOfMonth())) {
            return 0;
        }
        return Period.between(hiredOn, month.atEndOfMonth()).getYears();
    }

    public long getUserId() {
        return userId;
    }

    public Money getPostWage() {
        return new Money(postWage);
    }

    public PayKind getKind() {
        return kind;
    }

    public StaffLevel getLevel() {
        return level;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public YearMonth getTrialUntil() {
        return trialUntil == null ? null : YearMonth.from(trialUntil);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
