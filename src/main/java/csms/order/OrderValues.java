package csms.order;

import csms.shared.Money;
import java.time.LocalDate;

/** The checked values of an order, customer and credit resolved (shop and number are its key). */
record OrderValues(LocalDate orderDate, Long customerId, String buyerName, Long agentId, Long departmentId,
        Money amount, Money commissionPoints, Money shipping, String note) {
}
