package csms.pay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A pay rule's value from a month on (until a later version), who set it, when and why. */
@Entity
@Table(name = "pay_rule_value")
public class PayRuleVersion {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_key", nullable = false)
    private String ruleKey;

    @Column(name = "effective_month", nullable = false)
    private LocalDate effectiveMonth;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String reason;

    @Column(name = "set_by", nullable = false)
    private long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected PayRuleVersion() {
    }

    PayRuleVersion(PayRule rule, YearMonth from, BigDecimal amount, String reason, long setBy, Instant setAt) {
        this.ruleKey = rule.key();
        this.effectiveMonth = from.atDay(1);
        this.amount = amount;
        this.reason = reason;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    void change(BigDecimal amount, String reason, long setBy, Instant setAt) {
        this.amount = amount;
        this.reason = reason;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Long getId() {
        return id;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public YearMonth getEffectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public long getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
