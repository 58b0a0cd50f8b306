package csms.pay;

import csms.shared.Money;
import java.util.List;

/** An employee's line of the monthly pay sheet: every component and the total (PAY-8). */
public record PayLine(long userId, Long departmentId, boolean trial, List<PayComponent> components) {

    public PayLine {
        components = List.copyOf(components);
    }

    public Money total() {
        return components.stream().map(PayComponent::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money amount(PayComponentKind kind) {
        return components.stream().filter(c -> c.kind() == kind).map(PayComponent::amount).findFirst()
                .orElse(Money.ZERO);
    }
}
