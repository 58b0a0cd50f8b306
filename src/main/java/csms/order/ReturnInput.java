package csms.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A return or exchange line: the platform's after-sales number (unique in the shop), kind, amount, date, reason. */
public record ReturnInput(String returnNo, ReturnKind kind, BigDecimal amount, LocalDate date, String reason) {
}
