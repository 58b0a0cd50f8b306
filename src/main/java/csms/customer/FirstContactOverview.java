package csms.customer;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A supervisor's view of their team's open first-contact duties: per agent how many are awaiting and overdue,
 * and the duties themselves, overdue first (then by due time).
 */
public record FirstContactOverview(Long departmentId, List<AgentTally> agents, Page<FirstContactDuty> duties) {

    /** One agent's open duties: awaiting (not yet due) and overdue. */
    public record AgentTally(long agentId, String name, long awaiting, long overdue) {
    }

    public long totalAwaiting() {
        return agents.stream().mapToLong(AgentTally::awaiting).sum();
    }

    public long totalOverdue() {
        return agents.stream().mapToLong(AgentTally::overdue).sum();
    }
}
