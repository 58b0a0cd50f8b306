package csms.pay;

import csms.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A group's sales target for a month (PAY-1); late when set or changed after the deadline of the month before. */
@Entity
@Table(name = "sales_target")
public class SalesTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "target_month", nullable = false)
    private LocalDate targetMonth;

    @Column(nullable = false)
    private BigDecimal amount;

    private boolean late;

    @Column(name = "set_by", nullable = false)
    private long setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected SalesTarget() {
    }

    SalesTarget(long departmentId, YearMonth month) {
        this.departmentId = departmentId;
        this.targetMonth = month.atDay(1);
    }

    void set(Money amount, boolean late, long by, Instant at) {
        this.amount = amount.amount();
        this.late = this.late || late;
        this.setBy = by;
        this.setAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(targetMonth);
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public boolean isLate() {
        return late;
    }

    public long getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
