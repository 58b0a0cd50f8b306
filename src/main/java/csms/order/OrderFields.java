package csms.order;

import csms.shared.Money;
import csms.shared.RuleViolation;
import java.math.BigDecimal;

/** Checks of the ledger's input fields, shared by orders and their returns: texts and amounts to the fen. */
final class OrderFields {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private OrderFields() {
    }

    /** An amount to the fen, 0 (or above 0 when {@code positive}) … 100,000,000. */
    static Money money(BigDecimal value, String field, boolean positive) {
        if (value == null) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (value.signum() < 0 || positive && value.signum() == 0 || value.compareTo(MAX_AMOUNT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.onField(field, "order.amount-invalid");
        }
        return new Money(value);
    }

    /** The text stripped, null when blank; refused when required and blank, or longer than {@code max}. */
    static String text(String value, String field, int max, boolean required) {
        String v = blank(value);
        if (v == null && required) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (v != null && v.length() > max) {
            throw RuleViolation.onField(field, "order.text-too-long", max);
        }
        return v;
    }

    /** The text stripped, null when blank. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
