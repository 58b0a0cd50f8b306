package csms.pay;

import java.time.YearMonth;
import java.util.List;

/**
 * A scheme as written: the department, the month it applies from, the criteria, who grades, what each grade means
 * (fail, pass, good, excellent) and, for a change, the version edited (null for a new scheme).
 */
public record SchemeInput(Long departmentId, YearMonth from, List<SchemeCriterion> criteria, SchemeGrader grader,
        String failMeans, String passMeans, String goodMeans, String excellentMeans, Long version) {
}
