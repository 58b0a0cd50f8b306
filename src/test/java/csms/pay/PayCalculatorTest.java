package csms.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.Money;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month computed by hand (PAY-3 … PAY-7): group A sold 120,000.00 against 100,000.00 (120 % → 2 %, pot 2,400.00,
 * team bonus 500) shared by days 30 / 30 / 15 → 960 / 960 / 480, its trial agent left out; group B sold 5,000.00 of
 * 10,000.00 (50 % → no commission, bonus 300); the average agent commission is 2,400 ÷ 4 = 600.00, so a deputy gets
 * 540.00. The comprehensive allowance of the staff level is set to 200 for the month.
 */
class PayCalculatorTest {

    private static final PayRuleBook BOOK = new PayRuleBook(YearMonth.of(2026, 11),
            Map.of(PayRule.COMPREHENSIVE_STAFF, new BigDecimal("200")));

    private final PayInputs.Group groupA = new PayInputs.Group(1, "一组", Money.of("120000.00"), Money.of("100000.00"),
            Map.of(11L, 30, 12L, 30, 13L, 15, 14L, 30));
    private final PayInputs.Group groupB = new PayInputs.Group(2, "二组", Money.of("5000.00"), Money.of("10000.00"),
            Map.of(21L, 30));

    @Test
    void aFullMonthAddsUpToTheFenAsComputedByHand() {
        List<PayLine> lines = new PayCalculator(BOOK).compute(List.of(groupA, groupB), List.of(
                agent(11, 1, PerformanceGrade.GOOD, 6, 2, "3.5", 1, 3, "50"),
                agent(12, 1, PerformanceGrade.PASS, 0, 0, "12", 0, 1, null),
                agent(13, 1, null, 0, 0, "0", 0, 0, null),
                trialAgent(14, 1),
                agent(21, 2, PerformanceGrade.PASS, 0, 0, "0", 0, 0, null),
                other(31, StaffLevel.DEPUTY, false),
                other(32, StaffLevel.STAFF, true)));

        PayLine a1 = lines.get(0);
        assertThat(a1.amount(PayComponentKind.COMMISSION)).isEqualTo(Money.of("960.00"));
        assertThat(a1.amount(PayComponentKind.TEAM_BONUS)).isEqualTo(Money.of("500"));
        assertThat(a1.amount(PayComponentKind.PERFORMANCE)).isEqualTo(Money.of("400"));
        assertThat(a1.amount(PayComponentKind.SHIFTS)).isEqualTo(Money.of("50"));
        assertThat(a1.amount(PayComponentKind.OVERTIME)).isEqualTo(Money.ZERO);
        assertThat(a1.amount(PayComponentKind.HOLIDAY_DUTY)).isEqualTo(Money.of("120"));
        assertThat(a1.amount(PayComponentKind.COMPREHENSIVE)).isEqualTo(Money.of("200"));
        assertThat(a1.amount(PayComponentKind.SENIORITY)).isEqualTo(Money.of("150"));
        assertThat(a1.amount(PayComponentKind.DEDUCTIONS)).isEqualTo(Money.of("-50"));
        assertThat(a1.total()).isEqualTo(Money.of("5330.00"));
        assertThat(a1.components().stream().filter(c -> c.kind() == PayComponentKind.COMMISSION).findFirst()
                .orElseThrow().basis()).containsExactly("一组", "120000.00", "100000.00", "120.00", "2", "2400.00", "30",
                        "75");

        assertThat(lines.get(1).amount(PayComponentKind.OVERTIME)).isEqualTo(Money.of("120.00"));
        assertThat(lines.get(1).total()).isEqualTo(Money.of("5080.00"));
        assertThat(lines.get(2).amount(PayComponentKind.COMMISSION)).as("half a month: pro rata")
                .isEqualTo(Money.of("480.00"));
        assertThat(lines.get(2).amount(PayComponentKind.PERFORMANCE)).isEqualTo(Money.ZERO);

        PayLine trial = lines.get(3);
        assertThat(trial.trial()).isTrue();
        assertThat(trial.components()).extracting(PayComponent::kind).doesNotContain(PayComponentKind.COMMISSION,
                PayComponentKind.TEAM_BONUS);
        assertThat(trial.total()).as("post wage + excellent + the allowances, no commission").isEqualTo(Money.of("3700.00"));

        assertThat(lines.get(4).amount(PayComponentKind.COMMISSION)).isEqualTo(Money.of("0.00"));
        assertThat(lines.get(4).amount(PayComponentKind.TEAM_BONUS)).isEqualTo(Money.of("300"));
        assertThat(lines.get(5).amount(PayComponentKind.COMMISSION)).as("90 % of the average 600.00")
                .isEqualTo(Money.of("540.00"));
        assertThat(lines.get(6).amount(PayComponentKind.COMMISSION)).isEqualTo(Money.ZERO);

        Money groupAShares = lines.subList(0, 3).stream().map(l -> l.amount(PayComponentKind.COMMISSION))
                .reduce(Money.ZERO, Money::plus);
        assertThat(groupAShares).as("the split adds up to the pot").isEqualTo(Money.of("2400.00"));
    }

    @Test
    void anAgentMovedDuringTheMonthSharesEachGroupsPotByTheDaysInItAndGetsOneTeamBonus() {
        // agent 13: 10 days in A (120 % → 2 %, pot 2,400.00, bonus 500), then 20 days in B (70 % → 1 %, pot 700.00,
        // bonus 400). A by days 30 / 10 → 1,800.00 / 600.00; B by days 20 / 20 → 350.00 / 350.00.
        PayInputs.Group a = new PayInputs.Group(1, "一组", Money.of("120000.00"), Money.of("100000.00"),
                Map.of(11L, 30, 13L, 10));
        PayInputs.Group b = new PayInputs.Group(2, "二组", Money.of("70000.00"), Money.of("100000.00"),
                Map.of(13L, 20, 21L, 20));
        List<PayLine> lines = new PayCalculator(BOOK).compute(List.of(a, b), List.of(
                agent(11, 1, null, 0, 0, "0", 0, 0, null), agent(13, 2, null, 0, 0, "0", 0, 0, null),
                agent(21, 2, null, 0, 0, "0", 0, 0, null)));

        assertThat(lines.get(0).amount(PayComponentKind.COMMISSION)).isEqualTo(Money.of("1800.00"));
        PayLine moved = lines.get(1);
        assertThat(moved.amount(PayComponentKind.COMMISSION)).as("600.00 + 350.00").isEqualTo(Money.of("950.00"));
        assertThat(moved.amount(PayComponentKind.TEAM_BONUS)).as("B's: the most days there")
                .isEqualTo(Money.of("400"));
        PayComponent commission = moved.components().stream().filter(c -> c.kind() == PayComponentKind.COMMISSION)
                .findFirst().orElseThrow();
        assertThat(commission.basisKey()).isEqualTo("pay.basis.commission-groups");
        assertThat(commission.basis()).containsExactly("一组 600.00 (10/40); 二组 350.00 (20/40)");
        assertThat(lines.get(2).amount(PayComponentKind.COMMISSION)).isEqualTo(Money.of("350.00"));
        assertThat(lines.get(0).amount(PayComponentKind.TEAM_BONUS)).isEqualTo(Money.of("500"));
    }

    @Test
    void aGroupWhoseAgentsEarnCommissionWithoutATargetIsRefusedByName() {
        PayInputs.Group noTarget = new PayInputs.Group(3, "三组", Money.of("8000"), null, Map.of(41L, 30));

        assertThatThrownBy(() -> new PayCalculator(BOOK).compute(List.of(noTarget), List.of(agent(41, 3, null, 0, 0,
                "0", 0, 0, null)))).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pay.run.target-missing");
                    assertThat(e.arguments()).containsExactly("三组");
                });
        assertThat(new PayCalculator(BOOK).compute(List.of(noTarget), List.of(trialAgent(41, 3)))).hasSize(1)
                .allSatisfy(l -> assertThat(l.total()).isEqualTo(Money.of("3700.00")));
    }

    @Test
    void aThousandAmongThreeAgentsAddsUpToTheFen() {
        PayInputs.Group g = new PayInputs.Group(5, "五组", Money.of("50000"), Money.of("50000"),
                Map.of(51L, 30, 52L, 30, 53L, 30));
        PayRuleBook book = new PayRuleBook(BOOK.month(), Map.of(PayRule.COMMISSION_BAND3_RATE, new BigDecimal("2")));

        List<PayLine> lines = new PayCalculator(book).compute(List.of(g), List.of(agent(51, 5, null, 0, 0, "0", 0, 0,
                null), agent(52, 5, null, 0, 0, "0", 0, 0, null), agent(53, 5, null, 0, 0, "0", 0, 0, null)));

        assertThat(lines).extracting(l -> l.amount(PayComponentKind.COMMISSION)).containsExactly(Money.of("333.34"),
                Money.of("333.33"), Money.of("333.33"));
    }

    private static PayInputs.Employee agent(long id, long group, PerformanceGrade grade, int nights, int lateNights,
            String overtime, int holidays, int years, String deductions) {
        return new PayInputs.Employee(id, group, Money.of("3000"), PayKind.AGENT, StaffLevel.STAFF, false, years,
                grade, null, null, nights, lateNights, new BigDecimal(overtime), holidays,
                deductions == null ? null : Money.of(deductions));
    }

    private static PayInputs.Employee trialAgent(long id, long group) {
        return new PayInputs.Employee(id, group, Money.of("3000"), PayKind.AGENT, StaffLevel.STAFF, true, 0,
                PerformanceGrade.EXCELLENT, null, null, 0, 0, BigDecimal.ZERO, 0, null);
    }

    private static PayInputs.Employee other(long id, StaffLevel level, boolean trial) {
        return new PayInputs.Employee(id, null, Money.of("4000"), PayKind.OTHER_STAFF, level, trial, 0, null, null,
                null, 0, 0, BigDecimal.ZERO, 0, null);
    }
}
