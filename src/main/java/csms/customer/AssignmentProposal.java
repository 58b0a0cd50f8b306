package csms.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A balanced assignment proposed by the system (CUS-5) for the supervisor to review and apply: a line per
 * customer, and per agent the load before and after.
 */
public record AssignmentProposal(List<Line> lines, List<AgentOutcome> agents) {

    /** The proposed agent for one customer, with the customer's version to apply it against. */
    public record Line(long customerId, String customerName, Integer potential, BigDecimal annualSales,
            Long currentOwnerId, String currentOwnerName, long agentId, String agentName, long version) {

        /** The customer stays with its current owner: nothing to apply. */
        public boolean unchanged() {
            return Objects.equals(currentOwnerId, agentId);
        }

        /** The customer has another owner now; applying starts a new first-contact duty. */
        public boolean reassignment() {
            return currentOwnerId != null && !unchanged();
        }
    }

    /** An agent's number of customers and potential sum before and after the proposal. */
    public record AgentOutcome(long agentId, String name, long customersBefore, long customersAfter,
            long potentialBefore, long potentialAfter) {
    }

    public boolean hasReassignments() {
        return lines.stream().anyMatch(Line::reassignment);
    }

    /** The lines to apply (unchanged ones left out). */
    public List<AssignmentLine> toApply() {
        return lines.stream().filter(l -> !l.unchanged())
                .map(l -> new AssignmentLine(l.customerId(), l.agentId(), l.version())).toList();
    }
}
