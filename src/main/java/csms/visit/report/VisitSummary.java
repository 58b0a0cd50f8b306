package csms.visit.report;

import csms.visit.VisitCoverage;
import java.util.List;
import java.util.Map;

/**
 * The return-visit summary report 回访总结报告 (RPT-4, VIS-6) of a period: visits planned in it and how they ended,
 * the share reached, the 100% rule of VIS-1 (services visited within three days), the verdicts, the follow-up
 * requests opened (VIS-8) and the words of unsatisfied customers.
 */
public record VisitSummary(VisitReportQuery query, long planned, long done, long open, int reachedPercent,
        Map<String, Long> outcomes, Map<String, Long> statuses, VisitCoverage.Report coverage,
        SatisfactionFigures.Group satisfaction, long followUps, List<Comment> unsatisfiedNotes) {
}
