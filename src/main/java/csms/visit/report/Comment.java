package csms.visit.report;

import java.time.Instant;

/** A customer's words from a visit: a text answer or the agent's note, with the verdict and who recorded it. */
public record Comment(long visitId, Instant visitedAt, String customerName, String agentName, String satisfaction,
        String question, String text) {
}
