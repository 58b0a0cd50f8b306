package csms.order.web;

import csms.order.OrderInput;
import csms.order.OrderRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The order form; {@code version} is null for a new order. */
record OrderForm(String shop, String orderNo, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate,
        Long customerId, String customerPhone, String buyerName, Long agentId, Long departmentId, BigDecimal amount,
        BigDecimal commissionPoints, BigDecimal shipping, String note, Long version) {

    static OrderForm empty(LocalDate today) {
        return new OrderForm(null, null, today, null, null, null, null, null, null, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null);
    }

    static OrderForm of(OrderRow o, String note) {
        return new OrderForm(o.shop(), o.orderNo(), o.orderDate(), o.customerId(), null, o.buyerName(), o.agentId(),
                o.departmentId(), o.amountValue(), o.pointsValue(), o.shippingValue(), note, o.version());
    }

    OrderInput input() {
        return new OrderInput(shop, orderNo, orderDate, customerId, customerPhone, buyerName, agentId, departmentId,
                amount, commissionPoints, shipping, note, version);
    }
}
