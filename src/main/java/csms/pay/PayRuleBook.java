package csms.pay;

import csms.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pay rules in force in one month, and the arithmetic of the rulebook on them (PAY-3 … PAY-7). Every amount is
 * rounded half up to the fen once, where it is computed.
 */
public record PayRuleBook(YearMonth month, Map<PayRule, BigDecimal> values) {

    public PayRuleBook {
        EnumMap<PayRule, BigDecimal> all = new EnumMap<>(PayRule.class);
        for (PayRule r : PayRule.values()) {
            all.put(r, values.getOrDefault(r, r.defaultValue()));
        }
        values = Map.copyOf(all);
    }

    /** The rulebook's defaults. */
    public static PayRuleBook defaults(YearMonth month) {
        return new PayRuleBook(month, Map.of());
    }

    public BigDecimal value(PayRule rule) {
        return values.get(rule);
    }

    /** The commission rate in percent for a completion (PAY-3). */
    public BigDecimal commissionRate(CompletionRate r) {
        for (PayRule[] band : List.of(
                new PayRule[] { PayRule.COMMISSION_BAND1_UPTO, PayRule.COMMISSION_BAND1_RATE },
                new PayRule[] { PayRule.COMMISSION_BAND2_UPTO, PayRule.COMMISSION_BAND2_RATE },
                new PayRule[] { PayRule.COMMISSION_BAND3_UPTO, PayRule.COMMISSION_BAND3_RATE },
                new PayRule[] { PayRule.COMMISSION_BAND4_UPTO, PayRule.COMMISSION_BAND4_RATE })) {
            if (r.atMost(value(band[0]))) {
                return value(band[1]);
            }
        }
        return value(PayRule.COMMISSION_ABOVE_RATE);
    }

    /** The group's commission pot: the rate of its net sales (never below zero). */
    public Money commissionPot(CompletionRate r) {
        if (r.netSales().isNegative()) {
            return Money.ZERO;
        }
        return r.netSales().percent(commissionRate(r));
    }

    /** The team performance bonus for a completion (PAY-4). */
    public Money teamBonus(CompletionRate r) {
        if (r.atMost(value(PayRule.TEAM_BONUS_BAND1_UPTO))) {
            return money(PayRule.TEAM_BONUS_BAND1);
        }
        if (r.atMost(value(PayRule.TEAM_BONUS_BAND2_UPTO))) {
            return money(PayRule.TEAM_BONUS_BAND2);
        }
        return money(PayRule.TEAM_BONUS_ABOVE);
    }

    /** The commission of other staff: their level's share of the average agent commission (PAY-5). */
    public Money levelCommission(StaffLevel level, Money averageAgentCommission) {
        return averageAgentCommission.percent(value(level.share));
    }

    /** The comprehensive allowance of a level (PAY-7). */
    public Money comprehensive(StaffLevel level) {
        return money(level.comprehensive);
    }

    /** The bonus of a grade (PAY-5) or of the trial period's performance level (PAY-6). */
    public Money gradeBonus(PerformanceGrade grade) {
        return money(grade.amount);
    }

    /**
     * Overtime pay of a month (PAY-7): nothing below the threshold hours; otherwise hours ÷ the standard day × the
     * day's amount.
     */
    public Money overtime(BigDecimal hours) {
        if (hours.compareTo(value(PayRule.OVERTIME_THRESHOLD)) < 0) {
            return Money.ZERO;
        }
        return Money.rounded(hours.multiply(value(PayRule.OVERTIME_DAY))
                .divide(value(PayRule.STANDARD_DAY), 10, RoundingMode.HALF_UP));
    }

    /** Night and late-night shift allowances (PAY-7). */
    public Money shifts(long nights, long lateNights) {
        return money(PayRule.NIGHT_SHIFT).times(nights).plus(money(PayRule.LATE_NIGHT_SHIFT).times(lateNights));
    }

    /** Duty on statutory holidays (PAY-7). */
    public Money holidayDuty(long days) {
        return money(PayRule.HOLIDAY_DUTY_DAY).times(days);
    }

    /**
     * The seniority subsidy (PAY-7): once the completed years of service reach the threshold, the amount per
     * completed year.
     */
    public Money seniority(int completedYears) {
        if (completedYears < value(PayRule.SENIORITY_YEARS).intValue()) {
            return Money.ZERO;
        }
        return money(PayRule.SENIORITY_PER_YEAR).times(completedYears);
    }

    /** The bands in force are ordered (each upper bound above the one before); the first band out of order. */
    public java.util.Optional<PayRule> disorderedBand() {
        List<PayRule> commission = List.of(PayRule.COMMISSION_BAND1_UPTO, PayRule.COMMISSION_BAND2_UPTO,
                PayRule.COMMISSION_BAND3_UPTO, PayRule.COMMISSION_BAND4_UPTO);
        for (int i = 1; i < commission.size(); i++) {
            if (value(commission.get(i)).compareTo(value(commission.get(i - 1))) <= 0) {
                return java.util.Optional.of(commission.get(i));
            }
        }
        if (value(PayRule.TEAM_BONUS_BAND2_UPTO).compareTo(value(PayRule.TEAM_BONUS_BAND1_UPTO)) <= 0) {
            return java.util.Optional.of(PayRule.TEAM_BONUS_BAND2_UPTO);
        }
        return java.util.Optional.empty();
    }

    private Money money(PayRule rule) {
        return new Money(value(rule));
    }
}
