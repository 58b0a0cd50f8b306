package csms.customer;

import csms.identity.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a reviewable {@link AssignmentProposal} from the customers to place and the agents' current loads. */
final class AssignmentProposals {

    private AssignmentProposals() {
    }

    /**
     * Customers that one of the agents owns now leave that agent's load while balancing, so that keeping or
     * moving them is decided like any other placement.
     */
    static AssignmentProposal propose(List<Customer> customers, List<AssignmentLoad> agents,
            Map<Long, UserAccount> owners) {
        Map<Long, AssignmentLoad> before = agents.stream()
                .collect(Collectors.toMap(AssignmentLoad::agentId, Function.identity(), (a, b) -> a));
        Map<Long, AssignmentBalancer.Candidate> candidates = customers.stream().collect(Collectors.toMap(
                Customer::getId, c -> new AssignmentBalancer.Candidate(c.getId(), c.getPotential(), c.getAnnualSales())));
        Map<Long, long[]> after = new HashMap<>();
        before.values().forEach(a -> after.put(a.agentId(), new long[] { a.customers(), a.potentialSum() }));
        customers.stream().filter(c -> c.getOwnerId() != null && after.containsKey(c.getOwnerId())).forEach(c -> {
            long[] load = after.get(c.getOwnerId());
            load[0]--;
            load[1] -= candidates.get(c.getId()).weight();
        });
        List<AssignmentBalancer.Load> loads = after.entrySet().stream()
                .map(e -> new AssignmentBalancer.Load(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        Map<Long, Long> placed = AssignmentBalancer.balance(List.copyOf(candidates.values()), loads);
        Map<Long, Customer> byId = customers.stream().collect(Collectors.toMap(Customer::getId, Function.identity()));
        List<AssignmentProposal.Line> lines = placed.entrySet().stream().map(e -> {
            Customer c = byId.get(e.getKey());
            long agentId = e.getValue();
            long[] load = after.get(agentId);
            load[0]++;
            load[1] += candidates.get(c.getId()).weight();
            return new AssignmentProposal.Line(c.getId(), c.getName(), c.getPotential(), c.getAnnualSales(),
                    c.getOwnerId(), c.getOwnerId() == null ? null : ContactRecords.name(owners, c.getOwnerId()),
                    agentId, before.get(agentId).name(), c.getVersion());
        }).toList();
        List<AssignmentProposal.AgentOutcome> outcomes = agents.stream()
                .map(a -> new AssignmentProposal.AgentOutcome(a.agentId(), a.name(), a.customers(),
                        after.get(a.agentId())[0], a.potentialSum(), after.get(a.agentId())[1]))
                .toList();
        return new AssignmentProposal(lines, outcomes);
    }
}
