package csms.customer;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Proposes who takes which customer so that agents end up with numbers of customers as equal as possible and,
 * among agents with equally many, the lowest total business potential gets the next customer
 * (负责客户数量均衡、兼顾业务潜力, CUS-5). Deterministic: the same input gives the same proposal.
 */
final class AssignmentBalancer {

    /** A customer to place, weighted by its business potential (1–5; unknown counts as the lowest). */
    record Candidate(long customerId, Integer potential, BigDecimal annualSales) {

        int weight() {
            return potential == null ? 1 : potential;
        }
    }

    /** An agent with the customers they already own: how many, and the sum of their weights. */
    record Load(long agentId, long customers, long weightSum) {

        Load plus(Candidate c) {
            return new Load(agentId, customers + 1, weightSum + c.weight());
        }
    }

    static final Comparator<Candidate> HIGHEST_POTENTIAL_FIRST = Comparator.comparingInt(Candidate::weight).reversed()
            .thenComparing(Candidate::annualSales, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparingLong(Candidate::customerId);

    static final Comparator<Load> LIGHTEST_FIRST = Comparator.comparingLong(Load::customers)
            .thenComparingLong(Load::weightSum).thenComparingLong(Load::agentId);

    private AssignmentBalancer() {
    }

    /**
     * Places every customer, highest potential first, with the agent who has the fewest customers (ties: the
     * lowest potential sum, then the lowest id). Returns customer id → agent id in placement order.
     */
    static Map<Long, Long> balance(List<Candidate> customers, List<Load> agents) {
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("no agents to balance over");
        }
        PriorityQueue<Load> queue = new PriorityQueue<>(LIGHTEST_FIRST);
        queue.addAll(agents);
        Map<Long, Long> proposal = new LinkedHashMap<>();
        customers.stream().sorted(HIGHEST_POTENTIAL_FIRST).forEach(c -> {
            Load lightest = queue.poll();
            proposal.put(c.customerId(), lightest.agentId());
            queue.add(lightest.plus(c));
        });
        return proposal;
    }
}
