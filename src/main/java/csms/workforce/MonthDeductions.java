package csms.workforce;

import csms.shared.Money;
import java.time.YearMonth;
import java.util.List;

/** A person's deductions of a month for pay (WFM-7 → PAY-8): fines, bonus deductions, and the breaches behind them. */
public record MonthDeductions(long userId, YearMonth month, Money fines, Money bonusDeductions,
        List<BreachLine> breaches) {

    public MonthDeductions {
        breaches = List.copyOf(breaches);
    }

    public Money total() {
        return fines.plus(bonusDeductions);
    }
}
