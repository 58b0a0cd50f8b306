package csms.visit.report;

import csms.visit.report.SatisfactionFigures.Group;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Counts verdicts and scores per key in one pass over the visits; keys map to labels at the end. */
final class SatisfactionTally<K> {

    private final Map<K, long[]> counts = new LinkedHashMap<>();

    /** Adds a visit: its verdict (may be null) and the sum and number of its scores. */
    void add(K key, String satisfaction, long scoreSum, long scored) {
        long[] c = counts.computeIfAbsent(key, k -> new long[6]);
        c[0]++;
        if ("SATISFIED".equals(satisfaction)) {
            c[1]++;
        } else if ("AVERAGE".equals(satisfaction)) {
            c[2]++;
        } else if ("UNSATISFIED".equals(satisfaction)) {
            c[3]++;
        }
        c[4] += scoreSum;
        c[5] += scored;
    }

    Set<K> keys() {
        return counts.keySet();
    }

    Group group(K key, String label) {
        long[] c = counts.getOrDefault(key, new long[6]);
        return new Group(label, c[0], c[1], c[2], c[3], average(c[4], c[5]));
    }

    /** The groups, most visits first. */
    List<Group> groups(Function<K, String> label) {
        return counts.keySet().stream().map(k -> group(k, label.apply(k)))
                .sorted(Comparator.comparingLong(Group::visits).reversed()).toList();
    }

    static BigDecimal average(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
