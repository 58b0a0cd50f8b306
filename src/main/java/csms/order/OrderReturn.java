package csms.order;

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

/**
 * A return or exchange line of an order, keyed by the platform's after-sales number within the shop. It carries the
 * order's group and agent (kept in step when the order's credit changes) so net sales need no join.
 */
@Entity
@Table(name = "order_return")
public class OrderReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(nullable = false)
    private String shop;

    @Column(name = "return_no", nullable = false)
    private String returnNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReturnKind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "return_date", nullable = false)
    private LocalDate returnDate;

    private String reason;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected OrderReturn() {
    }

    OrderReturn(ShopOrder order, String returnNo, Instant at) {
        this.orderId = order.getId();
        this.shop = order.getShop();
        this.returnNo = returnNo;
        this.createdAt = at;
    }

    void update(ReturnKind kind, Money amount, LocalDate date, String reason, Instant at) {
        this.kind = kind;
        this.amount = amount.amount();
        this.returnDate = date;
        this.reason = reason;
        this.updatedAt = at;
    }

    boolean sameAs(ReturnKind kind, Money amount, LocalDate date, String reason) {
        return this.kind == kind && getAmount().equals(amount) && date.equals(returnDate)
                && java.util.Objects.equals(reason, this.reason);
    }

    void credit(Long departmentId, Long agentId) {
        this.departmentId = departmentId;
        this.agentId = agentId;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getShop() {
        return shop;
    }

    public String getReturnNo() {
        return returnNo;
    }

    public ReturnKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public String getReason() {
        return reason;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public long getVersion() {
        return version;
    }
}
