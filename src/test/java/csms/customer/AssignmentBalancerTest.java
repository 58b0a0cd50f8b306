package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.customer.AssignmentBalancer.Candidate;
import csms.customer.AssignmentBalancer.Load;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssignmentBalancerTest {

    private static Candidate customer(long id, Integer potential) {
        return new Candidate(id, potential, null);
    }

    private static List<Load> idle(long... agentIds) {
        List<Load> loads = new ArrayList<>();
        for (long id : agentIds) {
            loads.add(new Load(id, 0, 0));
        }
        return loads;
    }

    private static Map<Long, Long> countPerAgent(Map<Long, Long> proposal) {
        return proposal.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void countsDifferByAtMostOneAmongEquallyLoadedAgents() {
        List<Candidate> customers = new ArrayList<>();
        for (long id = 1; id <= 11; id++) {
            customers.add(customer(id, (int) (id % 5) + 1));
        }
        Map<Long, Long> proposal = AssignmentBalancer.balance(customers, idle(100, 200, 300));

        assertThat(proposal).hasSize(11);
        Map<Long, Long> counts = countPerAgent(proposal);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(100L, 200L, 300L);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = counts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Test
    void highPotentialCustomersAreSpreadOverTheAgents() {
        List<Candidate> customers = List.of(customer(1, 5), customer(2, 5), customer(3, 5),
                customer(4, 1), customer(5, 1), customer(6, 1));
        Map<Long, Long> proposal = AssignmentBalancer.balance(customers, idle(10, 20, 30));

        assertThat(List.of(proposal.get(1L), proposal.get(2L), proposal.get(3L))).doesNotHaveDuplicates();
        assertThat(countPerAgent(proposal).values()).containsOnly(2L);
    }

    @Test
    void potentialSumsEvenOutLikeASnakeDraft() {
        List<Candidate> customers = List.of(customer(1, 5), customer(2, 4), customer(3, 3), customer(4, 2),
                customer(5, 1), customer(6, 1));
        Map<Long, Long> proposal = AssignmentBalancer.balance(customers, idle(1, 2));
        Map<Long, Integer> sums = proposal.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.summingInt(e -> customers.get((int) (e.getKey() - 1)).weight())));

        assertThat(sums).containsEntry(1L, 8).containsEntry(2L, 8);
    }

    @Test
    void whatAgentsAlreadyOwnCountsTowardsTheirLoad() {
        List<Load> loads = List.of(new Load(1, 5, 15), new Load(2, 0, 0));
        List<Candidate> customers = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            customers.add(customer(id, 3));
        }
        Map<Long, Long> counts = countPerAgent(AssignmentBalancer.balance(customers, loads));

        // Agent 2 catches up to five first; the last two go one each, so both end with six customers.
        assertThat(counts).containsEntry(2L, 6L).containsEntry(1L, 1L);
    }

    @Test
    void withEqualCountsTheAgentWithLessPotentialGetsTheNextCustomer() {
        List<Load> loads = List.of(new Load(1, 3, 15), new Load(2, 3, 3));
        Map<Long, Long> proposal = AssignmentBalancer.balance(List.of(customer(9, 5)), loads);

        assertThat(proposal).containsEntry(9L, 2L);
    }

    @Test
    void higherAnnualSalesBreakTiesOfPotentialAndUnknownPotentialCountsLowest() {
        List<Candidate> customers = List.of(new Candidate(1, 3, new BigDecimal("100")),
                new Candidate(2, 3, new BigDecimal("900")), new Candidate(3, null, new BigDecimal("99999")));
        List<Long> order = customers.stream().sorted(AssignmentBalancer.HIGHEST_POTENTIAL_FIRST)
                .map(Candidate::customerId).toList();

        assertThat(order).containsExactly(2L, 1L, 3L);
        assertThat(customers.get(2).weight()).isEqualTo(1);
    }

    @Test
    void theSameInputGivesTheSameProposal() {
        List<Candidate> customers = List.of(customer(3, 2), customer(1, 4), customer(2, 4), customer(4, null));
        assertThat(AssignmentBalancer.balance(customers, idle(7, 8)))
                .isEqualTo(AssignmentBalancer.balance(List.of(customers.get(3), customers.get(2), customers.get(1),
                        customers.get(0)), idle(8, 7)));
    }

    @Test
    void refusesToBalanceOverNobody() {
        assertThatThrownBy(() -> AssignmentBalancer.balance(List.of(customer(1, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
