package csms.visit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The satisfaction analysis 满意度分析 (RPT-3) of the visits reached in a period: the verdicts overall, per question
 * (average score and the distribution of scores 1–5), per agent, per department, per customer grade and per month.
 */
public record SatisfactionFigures(VisitReportQuery query, Group overall, List<QuestionScores> questions,
        List<Group> byAgent, List<Group> byDepartment, List<Group> byGrade, List<Group> byMonth) {

    /** The verdicts of a group of visits; {@code label} is a name, a grade code, a month, or null (none). */
    public record Group(String label, long visits, long satisfied, long average, long unsatisfied,
            BigDecimal averageScore) {

        public BigDecimal satisfiedShare() {
            return share(satisfied);
        }

        public BigDecimal averageShare() {
            return share(average);
        }

        public BigDecimal unsatisfiedShare() {
            return share(unsatisfied);
        }

        private BigDecimal share(long n) {
            return visits == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(visits), 1, RoundingMode.HALF_UP);
        }
    }

    /** A scored question's answers: how many, their average, and how many gave 1, 2, 3, 4 and 5. */
    public record QuestionScores(String question, long answers, BigDecimal average, List<Long> distribution) {
    }
}
