package csms.visit;

import static org.assertj.core.api.Assertions.assertThat;

import csms.visit.CampaignDistribution.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CampaignDistributionTest {

    @Test
    void tenCustomersToThreeAgentsAreFourThreeThreeInTheAgentsOrder() {
        Map<Long, Long> out = CampaignDistribution.distribute(customers(10, null), List.of(7L, 8L, 9L));
        assertThat(counts(out)).containsEntry(7L, 4L).containsEntry(8L, 3L).containsEntry(9L, 3L);
        assertThat(out.keySet()).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void anOwnersCustomersStayWithTheOwnerWithoutBreakingTheBalance() {
        List<Candidate> all = new ArrayList<>(customers(10, 8L));
        Map<Long, Long> out = CampaignDistribution.distribute(all, List.of(7L, 8L, 9L));
        assertThat(counts(out)).containsEntry(8L, 4L).containsEntry(7L, 3L).containsEntry(9L, 3L);
        // the owner keeps the first ⌊10/3⌋ of its customers by id, and the last one once the others caught up
        assertThat(out.get(1L)).isEqualTo(8L);
        assertThat(out.get(3L)).isEqualTo(8L);
        assertThat(out.get(10L)).isEqualTo(8L);
    }

    @Test
    void theCountsDifferByAtMostOneForAnyMixOfOwners() {
        for (int n = 0; n < 40; n++) {
            List<Candidate> mixed = new ArrayList<>();
            for (long id = 1; id <= n; id++) {
                mixed.add(new Candidate(id, ownerOf(id)));
            }
            Collection<Long> counts = counts(CampaignDistribution.distribute(mixed, List.of(5L, 6L, 7L, 8L)))
                    .values();
            long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
            long min = counts.size() < 4 ? 0 : counts.stream().mapToLong(Long::longValue).min().orElse(0);
            assertThat(max - min).as("n=%d", n).isLessThanOrEqualTo(1);
            assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
        }
    }

    @Test
    void theSameInputGivesTheSameDistribution() {
        List<Candidate> c = customers(25, 6L);
        assertThat(CampaignDistribution.distribute(c, List.of(6L, 5L, 4L)))
                .isEqualTo(CampaignDistribution.distribute(c, List.of(6L, 5L, 4L)));
    }

    /** Owners among the agents (5, 6), outside them (99) and none. */
    private static Long ownerOf(long id) {
        if (id % 3 == 0) {
            return 5L;
        }
        if (id % 5 == 0) {
            return 6L;
        }
        return id % 7 == 0 ? Long.valueOf(99) : null;
    }

    private static List<Candidate> customers(int n, Long owner) {
        return LongStream.rangeClosed(1, n).mapToObj(id -> new Candidate(id, owner)).toList();
    }

    private static Map<Long, Long> counts(Map<Long, Long> out) {
        return out.values().stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
    }
}
