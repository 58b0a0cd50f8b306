package csms.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order as entered or imported. The customer is linked by archive id, else by phone number when it finds one;
 * otherwise the buyer's name stays as text. The group defaults to the agent's. {@code version} is the version seen
 * when changing an order by hand (null for a new one and for imports).
 */
public record OrderInput(String shop, String orderNo, LocalDate orderDate, Long customerId, String customerPhone,
        String buyerName, Long agentId, Long departmentId, BigDecimal amount, BigDecimal commissionPoints,
        BigDecimal shipping, String note, Long version) {
}
