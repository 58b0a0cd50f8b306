package csms.pay;

import csms.shared.Money;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A group's target completion r = net sales ÷ target (PAY-3). Bands are compared exactly (net × 100 against target
 * × bound), so 80.00 % is in the band "≤ 80 %" and 80.001 % is not; the percentage shown is rounded half up to two
 * decimals. A missing or zero target is refused with a clear message, never divided by.
 */
public record CompletionRate(Money netSales, Money target) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CompletionRate {
        if (target == null || target.amount().signum() <= 0) {
            throw RuleViolation.onField("target", "pay.target.missing");
        }
        if (netSales == null) {
            throw new IllegalArgumentException("net sales");
        }
    }

    /** Whether r ≤ {@code percent} %. */
    public boolean atMost(BigDecimal percent) {
        return netSales.amount().multiply(HUNDRED).compareTo(target.amount().multiply(percent)) <= 0;
    }

    /** r in percent, two decimals (half up), e.g. {@code 60.01}. */
    public BigDecimal percent() {
        return netSales.amount().multiply(HUNDRED).divide(target.amount(), 2, RoundingMode.HALF_UP);
    }
}
