package csms.pay;

import static csms.testing.Fixtures.as;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.time.YearMonth;
import java.util.List;

/** Performance schemes for tests that grade people: written and approved through the facade by two managers. */
final class SchemeFixtures {

    private SchemeFixtures() {
    }

    /** The input of a scheme grading on two weighted criteria. */
    static SchemeInput input(Long department, YearMonth from, SchemeGrader grader, Long version) {
        return new SchemeInput(department, from, List.of(new SchemeCriterion("产销率", 60, "月度产销率"),
                new SchemeCriterion("货品管理能力", 40, null)), grader, "未达要求", "基本达到要求", "达到要求且有亮点",
                "远超要求", version);
    }

    /** A department's scheme from a month, approved. */
    static PerformanceScheme approved(PerformanceSchemes schemes, Fixtures fixtures, long department, YearMonth from,
            SchemeGrader grader) {
        SignedInUser writer = fixtures.user(Role.DEPT_MANAGER);
        SignedInUser approver = fixtures.user(Role.DEPT_MANAGER);
        PerformanceScheme s = as(writer, () -> schemes.create(input(department, from, grader, null)));
        PerformanceScheme submitted = as(writer, () -> schemes.submit(s.getId(), s.getVersion()));
        return as(approver, () -> schemes.approve(s.getId(), submitted.getVersion()));
    }
}
