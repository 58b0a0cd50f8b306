package csms.order.web;

import csms.order.ReturnInput;
import csms.order.ReturnKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form adding a return or exchange line to an order. */
record ReturnForm(String returnNo, ReturnKind kind, BigDecimal amount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String reason) {

    static ReturnForm empty(LocalDate today) {
        return new ReturnForm(null, ReturnKind.RETURN, null, today, null);
    }

    ReturnInput input() {
        return new ReturnInput(returnNo, kind, amount, date, reason);
    }
}
