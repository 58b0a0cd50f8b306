package csms.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.Money;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rulebook's arithmetic on its default values (PAY-3 … PAY-7), at the edges of every band. */
class PayRuleBookTest {

    private final PayRuleBook book = PayRuleBook.defaults(YearMonth.of(2026, 11));

    @ParameterizedTest(name = "net {0} of target 10000 → {1} % commission, pot {2}, team bonus {3}")
    @CsvSource({
            "0.00,     0,   0.00,   300",
            "6000.00,  0,   0.00,   300",
            "6001.00,  1,   60.01,  400",
            "8000.00,  1,   80.00,  400",
            "8000.01,  1.5, 120.00, 500",
            "10000.00, 1.5, 150.00, 500",
            "10001.00, 2,   200.02, 500",
            "15000.00, 2,   300.00, 500",
            "15001.00, 2.5, 375.03, 500",
    })
    void commissionRateAndTeamBonusFollowTheHalfOpenBands(String net, String rate, String pot, String bonus) {
        CompletionRate r = new CompletionRate(Money.of(net), Money.of("10000"));

        assertThat(book.commissionRate(r)).isEqualByComparingTo(rate);
        assertThat(book.commissionPot(r)).isEqualTo(Money.of(pot));
        assertThat(book.teamBonus(r)).isEqualTo(Money.of(bonus));
    }

    @Test
    void sixtyPointZeroOnePercentIsAboveTheFirstBandAndShownRounded() {
        CompletionRate r = new CompletionRate(Money.of("60.01"), Money.of("100"));

        assertThat(r.atMost(new BigDecimal("60"))).isFalse();
        assertThat(r.percent()).isEqualByComparingTo("60.01");
        assertThat(book.commissionRate(r)).isEqualByComparingTo("1");
        assertThat(new CompletionRate(Money.of("1"), Money.of("3")).percent()).isEqualByComparingTo("33.33");
    }

    @Test
    void aMissingOrZeroTargetIsAClearErrorNotADivisionByZero() {
        assertThatThrownBy(() -> new CompletionRate(Money.of("5000"), Money.ZERO))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("pay.target.missing"));
        assertThatThrownBy(() -> new CompletionRate(Money.of("5000"), null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new CompletionRate(Money.of("5000"), Money.of("-1"))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void negativeNetSalesGiveNoCommission() {
        CompletionRate r = new CompletionRate(Money.of("-200"), Money.of("10000"));

        assertThat(book.commissionPot(r)).isEqualTo(Money.ZERO);
        assertThat(book.teamBonus(r)).isEqualTo(Money.of("300"));
    }

    @ParameterizedTest(name = "{0} h of overtime → {1}")
    @CsvSource({ "0, 0.00", "3.5, 0.00", "3.99, 0.00", "4, 40.00", "8, 80.00", "12.5, 125.00", "7, 70.00" })
    void overtimePaysNothingBelowFourHoursAndHoursOverTheStandardDayAbove(String hours, String pay) {
        assertThat(book.overtime(new BigDecimal(hours))).isEqualTo(Money.of(pay));
    }

    @Test
    void overtimeIsRoundedHalfUpToTheFen() {
        PayRuleBook sevenHourDay = new PayRuleBook(book.month(), Map.of(PayRule.STANDARD_DAY, new BigDecimal("7")));

        // 5 h ÷ 7 × 80 = 57.142857… → 57.14; 4.5 h → 51.428571… → 51.43
        assertThat(sevenHourDay.overtime(new BigDecimal("5"))).isEqualTo(Money.of("57.14"));
        assertThat(sevenHourDay.overtime(new BigDecimal("4.5"))).isEqualTo(Money.of("51.43"));
    }

    @Test
    void shiftsHolidayDutySeniorityLevelsAndGrades() {
        assertThat(book.shifts(6, 3)).isEqualTo(Money.of("60"));
        assertThat(book.holidayDuty(2)).isEqualTo(Money.of("240"));
        assertThat(book.seniority(1)).isEqualTo(Money.ZERO);
        assertThat(book.seniority(2)).isEqualTo(Money.of("100"));
        assertThat(book.seniority(5)).isEqualTo(Money.of("250"));
        assertThat(book.levelCommission(StaffLevel.ASSISTANT, Money.of("333.33"))).isEqualTo(Money.of("333.33"));
        assertThat(book.levelCommission(StaffLevel.DEPUTY, Money.of("333.33"))).isEqualTo(Money.of("300.00"));
        assertThat(book.levelCommission(StaffLevel.STAFF, Money.of("333.33"))).isEqualTo(Money.of("266.66"));
        assertThat(book.gradeBonus(PerformanceGrade.FAIL)).isEqualTo(Money.ZERO);
        assertThat(book.gradeBonus(PerformanceGrade.EXCELLENT)).isEqualTo(Money.of("500"));
    }

    @Test
    void changedRatesOfAMonthAreUsedAndBandsOutOfOrderAreFound() {
        PayRuleBook changed = new PayRuleBook(YearMonth.of(2027, 1), Map.of(PayRule.COMMISSION_BAND2_RATE,
                new BigDecimal("1.25")));
        assertThat(changed.commissionPot(new CompletionRate(Money.of("7000"), Money.of("10000"))))
                .isEqualTo(Money.of("87.50"));
        assertThat(changed.disorderedBand()).isEmpty();
        assertThat(new PayRuleBook(changed.month(), Map.of(PayRule.COMMISSION_BAND3_UPTO, new BigDecimal("80")))
                .disorderedBand()).contains(PayRule.COMMISSION_BAND3_UPTO);
    }
}
