package csms.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Splitting a commission pot (PAY-3, PAY-9): the shares always add up to the pot to the fen. */
class PotSplitTest {

    @Test
    void athousandAmongThreeIsThreeThreeThreePointThirtyFourThenTwoThirtyThrees() {
        Map<Long, Money> shares = PotSplit.evenly(Money.of("1000.00"), List.of(7L, 3L, 5L));

        assertThat(shares).containsEntry(3L, Money.of("333.34")).containsEntry(5L, Money.of("333.33"))
                .containsEntry(7L, Money.of("333.33"));
        assertThat(sum(shares)).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void aPartialMonthSharesProRataByDaysWorked() {
        Map<Long, BigDecimal> days = new LinkedHashMap<>();
        days.put(1L, BigDecimal.valueOf(30));
        days.put(2L, BigDecimal.valueOf(30));
        days.put(3L, BigDecimal.valueOf(15));

        Map<Long, Money> shares = PotSplit.byWeight(Money.of("1500.00"), days);

        assertThat(shares).containsEntry(1L, Money.of("600.00")).containsEntry(2L, Money.of("600.00"))
                .containsEntry(3L, Money.of("300.00"));
    }

    @Test
    void nobodyToShareWithGivesNoSharesAndBadWeightsOrANegativePotAreRefused() {
        assertThat(PotSplit.evenly(Money.of("10"), List.of())).isEmpty();
        assertThatThrownBy(() -> PotSplit.byWeight(Money.of("10"), Map.of(1L, BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PotSplit.evenly(Money.of("-10"), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: for random pots and group sizes, even shares add up to the pot and differ by at most a fen. */
    @RepeatedTest(5)
    void evenSharesAddUpToThePotAndDifferByAtMostOneFen(RepetitionInfo run) {
        Random random = new Random(20261202L + run.getCurrentRepetition());
        for (int i = 0; i < 400; i++) {
            long potFen = random.nextLong(100_000_000L + 1);
            int people = 1 + random.nextInt(60);
            List<Long> ids = LongStream.rangeClosed(1, people).boxed().toList();

            Map<Long, Money> shares = PotSplit.evenly(Money.ofFen(potFen), ids);

            assertThat(sum(shares).fen()).as("pot %d fen among %d", potFen, people).isEqualTo(potFen);
            long min = shares.values().stream().mapToLong(Money::fen).min().orElseThrow();
            long max = shares.values().stream().mapToLong(Money::fen).max().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
        }
    }

    /** Property: weighted (pro-rata) shares add up to the pot and are the exact share cut down, or one fen more. */
    @RepeatedTest(5)
    void weightedSharesAddUpToThePotAndStayWithinAFenOfTheExactShare(RepetitionInfo run) {
        Random random = new Random(7_000L + run.getCurrentRepetition());
        for (int i = 0; i < 300; i++) {
            long potFen = random.nextLong(10_000_000L + 1);
            Map<Long, BigDecimal> weights = new LinkedHashMap<>();
            int people = 1 + random.nextInt(30);
            long total = 0;
            for (long id = 0; id < people; id++) {
                int days = 1 + random.nextInt(31);
                weights.put(id, BigDecimal.valueOf(days));
                total += days;
            }

            Map<Long, Money> shares = PotSplit.byWeight(Money.ofFen(potFen), weights);

            assertThat(sum(shares).fen()).isEqualTo(potFen);
            for (Map.Entry<Long, BigDecimal> w : weights.entrySet()) {
                long floor = BigDecimal.valueOf(potFen).multiply(w.getValue())
                        .divide(BigDecimal.valueOf(total), 0, RoundingMode.FLOOR).longValueExact();
                assertThat(shares.get(w.getKey()).fen()).isBetween(floor, floor + 1);
            }
        }
    }

    /** Property: a product with a rate is the exact product rounded half up to the fen. */
    @RepeatedTest(3)
    void moneyRoundsHalfUpToTheFenOnce(RepetitionInfo run) {
        Random random = new Random(99L + run.getCurrentRepetition());
        for (int i = 0; i < 1000; i++) {
            Money amount = Money.ofFen(random.nextLong(-100_000_000L, 100_000_001L));
            BigDecimal factor = BigDecimal.valueOf(random.nextInt(1001), 3);
            BigDecimal exact = amount.amount().multiply(factor);

            Money product = amount.times(factor);

            assertThat(product.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
            assertThat(product.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static Money sum(Map<Long, Money> shares) {
        return shares.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
