package csms.order;

import csms.shared.Money;
import java.time.LocalDate;

/** A ledger line with the names of the group and agent credited and the customer (archive link or buyer text). */
public record OrderRow(long id, String shop, String orderNo, LocalDate orderDate, Long customerId, String buyerName,
        Long agentId, String agentName, long departmentId, String departmentName, Money amount,
        Money commissionPoints, Money shipping, int returnCount, long version) {

    public java.math.BigDecimal amountValue() {
        return amount.amount();
    }

    public java.math.BigDecimal pointsValue() {
        return commissionPoints.amount();
    }

    public java.math.BigDecimal shippingValue() {
        return shipping.amount();
    }
}
