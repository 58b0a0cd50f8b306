package csms.pay;

import csms.shared.Money;
import java.util.List;

/**
 * One figure of a pay line with what it was computed from: {@code basis} is the message key
 * {@code pay.basis.<kind>} and its arguments (net sales, target, rate, days, hours …), so every figure can be
 * explained and traced to its inputs (PAY-8).
 */
public record PayComponent(PayComponentKind kind, Money amount, List<String> basis) {

    public PayComponent {
        basis = List.copyOf(basis);
    }

    public String basisKey() {
        return "pay.basis." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
