package csms.pay.web;

import csms.pay.PayRule;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;

/** A new value of a pay rule from a month on, with the reason. */
record PayRuleForm(PayRule rule, @DateTimeFormat(pattern = "yyyy-MM") YearMonth from, BigDecimal value,
        String reason) {
}
