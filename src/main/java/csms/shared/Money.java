package csms.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of yuan, exact to the fen (PAY-9): two decimals, never a double. Products with a rate are rounded half
 * up to the fen, once, where the amount is computed; sums and differences are exact.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more precise than a fen: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code "1000.00"}, {@code "12.5"}, {@code "-3"}. */
    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    /** An amount computed to any precision, rounded half up to the fen. */
    public static Money rounded(BigDecimal yuan) {
        return new Money(yuan.setScale(2, RoundingMode.HALF_UP));
    }

    public long fen() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a factor, rounded half up to the fen. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    public Money times(long count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)));
    }

    /** {@code percent} % of this amount, rounded half up to the fen (1.5 → 1.5 %). */
    public Money percent(BigDecimal percent) {
        return rounded(amount.multiply(percent).divide(HUNDRED));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
