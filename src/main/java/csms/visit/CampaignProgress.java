package csms.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's progress (VIS-6): its visits counted in total and per agent, and — while it is a draft — how many
 * customers its selection finds now (otherwise -1). The summary report's period for the campaign runs from the day
 * it was distributed to its due date (or that day, if later); null before distribution.
 */
public record CampaignProgress(VisitCampaign campaign, Counts total, List<AgentCounts> agents, long selected,
        LocalDate reportFrom, LocalDate reportTo) {

    /** Visits by where they stand; {@code overdue} counts the open ones past the due time. */
    public record Counts(long planned, long notReached, long done, long refused, long cancelled, long overdue) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        public long total() {
            return planned + notReached + done + refused + cancelled;
        }

        Counts plus(VisitStatus status, long count, long overdueCount) {
            return new Counts(planned + (status == VisitStatus.PLANNED ? count : 0),
                    notReached + (status == VisitStatus.NOT_REACHED ? count : 0),
                    done + (status == VisitStatus.DONE ? count : 0),
                    refused + (status == VisitStatus.REFUSED ? count : 0),
                    cancelled + (status == VisitStatus.CANCELLED ? count : 0), overdue + overdueCount);
        }
    }

    /** One agent's visits of the campaign; the name is null for an unknown agent. */
    public record AgentCounts(Long agentId, String agentName, Counts counts) {
    }
}
