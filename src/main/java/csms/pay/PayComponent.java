package csms.pay;

import csms.shared.Money;
import java.util.List;

/**
 * One figure of a pay line with what it was computed from: the message key {@code basisKey} ({@code pay.basis.…})
 * and its arguments {@code basis} (net sales, target, rate, days, hours …), so every figure can be explained and
 * traced to its inputs (PAY-8).
 */
public record PayComponent(PayComponentKind kind, Money amount, String basisKey, List<String> basis) {

    public PayComponent {
        basis = List.copyOf(basis);
    }

    /** A component whose basis is explained by the kind's own message, {@code pay.basis.<kind>}. */
    public PayComponent(PayComponentKind kind, Money amount, List<String> basis) {
        this(kind, amount, "pay.basis." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), basis);
    }
}
