package csms.order;

import csms.shared.Money;
import java.time.LocalDate;

/**
 * A row behind a net sales figure: an order (for order amounts, shipping or points) or a return/exchange line.
 * {@code amount} is what the row adds to that figure, so the rows of a component sum to it.
 */
public record NetSalesLine(NetSalesPart part, long orderId, String shop, String orderNo, LocalDate date,
        String returnNo, String reason, String agentName, Money amount) {

    public java.math.BigDecimal amountValue() {
        return amount.amount();
    }
}
