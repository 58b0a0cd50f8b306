package csms.pay;

import csms.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a pot among people by weight so that the shares add up to the pot to the fen (PAY-3, PAY-9). Each share is
 * first the pot × weight ÷ total weight cut down to the fen; the fen left over go one each to the largest cut-off
 * remainders, ties to the smaller id. Equal weights are the even split; days worked in the month are the pro-rata
 * split of a partial month.
 */
public final class PotSplit {

    private PotSplit() {
    }

    /**
     * The share of each id; an empty map when nobody shares. The pot must not be negative, the weights not negative
     * with a positive sum.
     */
    public static Map<Long, Money> byWeight(Money pot, Map<Long, BigDecimal> weights) {
        if (pot.isNegative()) {
            throw new IllegalArgumentException("a negative pot is not split: " + pot);
        }
        if (weights.isEmpty()) {
            return Map.of();
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.values().stream().anyMatch(w -> w.signum() < 0) || total.signum() <= 0) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum");
        }
        long potFen = pot.fen();
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (Map.Entry<Long, BigDecimal> e : weights.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(potFen).multiply(e.getValue()).divide(total, 10, RoundingMode.DOWN);
            long fen = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            parts.add(new Part(e.getKey(), fen, exact.subtract(BigDecimal.valueOf(fen))));
            given += fen;
        }
        long left = potFen - given;
        parts.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::id));
        Map<Long, Money> shares = new LinkedHashMap<>();
        for (Part p : parts) {
            long extra = left > 0 ? 1 : 0;
            left -= extra;
            shares.put(p.id(), Money.ofFen(p.fen() + extra));
        }
        return shares;
    }

    /** The even split among the ids. */
    public static Map<Long, Money> evenly(Money pot, List<Long> ids) {
        Map<Long, BigDecimal> weights = new LinkedHashMap<>();
        ids.forEach(id -> weights.put(id, BigDecimal.ONE));
        return byWeight(pot, weights);
    }

    private record Part(long id, long fen, BigDecimal remainder) {
    }
}
