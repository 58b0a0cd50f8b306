package csms.visit.report;

import java.time.Instant;
import java.util.List;

/**
 * One line of the return-visit record form 回访记录表 (VIS-6): the visit, its customer, source request, agent,
 * times, outcome and verdict, the answers in the questionnaire's order ("question: answer") and the note.
 */
public record VisitRecordRow(long id, String customerName, String kind, Long sourceRequestId, String agentName,
        Instant plannedAt, Instant visitedAt, String status, String outcome, String satisfaction, List<String> answers,
        String note) {

    /** The answer at {@code position} (1-based), or null. */
    public String answer(int position) {
        return position <= answers.size() ? answers.get(position - 1) : null;
    }
}
