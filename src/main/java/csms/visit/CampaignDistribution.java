package csms.visit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributes a campaign's customers to the chosen agents evenly (VIS-6): every agent gets ⌊n/k⌋ or ⌈n/k⌉ customers,
 * so the counts differ by at most one. The rule, deterministic for the same input: customers are taken by id, agents
 * in the order chosen. First a customer owned by a chosen agent stays with its owner while the owner has fewer than
 * ⌊n/k⌋; then every remaining customer goes to its owner if the owner is among the least loaded agents, otherwise to
 * the first least loaded agent.
 */
final class CampaignDistribution {

    /** A customer to distribute: its id and its owner (null when unassigned). */
    record Candidate(long customerId, Long ownerId) {
    }

    private CampaignDistribution() {
    }

    /** The agent of each customer, in the customers' order. {@code customers} sorted by id, agents distinct. */
    static Map<Long, Long> distribute(List<Candidate> customers, List<Long> agents) {
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("no agents");
        }
        int floor = customers.size() / agents.size();
        Map<Long, Integer> load = new LinkedHashMap<>();
        agents.forEach(a -> load.put(a, 0));
        Map<Long, Long> assigned = new HashMap<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : customers) {
            Integer owned = c.ownerId() == null ? null : load.get(c.ownerId());
            if (owned != null && owned < floor) {
                assigned.put(c.customerId(), c.ownerId());
                load.merge(c.ownerId(), 1, Integer::sum);
            } else {
                rest.add(c);
            }
        }
        for (Candidate c : rest) {
            int least = load.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            Long agent = c.ownerId() != null && load.containsKey(c.ownerId()) && load.get(c.ownerId()) == least
                    ? c.ownerId()
                    : load.entrySet().stream().filter(e -> e.getValue() == least).findFirst().orElseThrow().getKey();
            assigned.put(c.customerId(), agent);
            load.merge(agent, 1, Integer::sum);
        }
        Map<Long, Long> inOrder = new LinkedHashMap<>();
        customers.forEach(c -> inOrder.put(c.customerId(), assigned.get(c.customerId())));
        return inOrder;
    }
}
