package csms.order;

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

/** One platform order of the ledger 每日台账 (ORD-1), credited to a group and optionally an agent. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String shop;

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "commission_points", nullable = false)
    private BigDecimal commissionPoints;

    @Column(nullable = false)
    private BigDecimal shipping;

    private String note;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ShopOrder() {
    }

    ShopOrder(String shop, String orderNo, Instant at) {
        this.shop = shop;
        this.orderNo = orderNo;
        this.createdAt = at;
    }

    void update(OrderValues v, Instant at) {
        this.orderDate = v.orderDate();
        this.customerId = v.customerId();
        this.buyerName = v.buyerName();
        this.agentId = v.agentId();
        this.departmentId = v.departmentId();
        this.amount = v.amount().amount();
        this.commissionPoints = v.commissionPoints().amount();
        this.shipping = v.shipping().amount();
        this.note = v.note();
        this.updatedAt = at;
    }

    /** The values as entered, for comparing with new ones (an import of the same row changes nothing). */
    OrderValues values() {
        return new OrderValues(orderDate, customerId, buyerName, agentId, departmentId, getAmount(),
                getCommissionPoints(), getShipping(), note);
    }

    void returnsChanged(int count) {
        this.returnCount = count;
    }

    public Long getId() {
        return id;
    }

    public String getShop() {
        return shop;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public Money getCommissionPoints() {
        return new Money(commissionPoints);
    }

    public Money getShipping() {
        return new Money(shipping);
    }

    public String getNote() {
        return note;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
