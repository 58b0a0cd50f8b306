package csms.customer;

import static csms.customer.CustomerFixtures.grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationStandardTest {

    private final ClassificationStandard standard = CustomerFixtures.defaultStandard();

    @Test
    void bestRankedGradeWhoseThresholdsAreAllMetWins() {
        assertThat(code(new BigDecimal("1000000"), 4, false)).isEqualTo("A");
        assertThat(code(new BigDecimal("1000000"), 3, false)).isEqualTo("B");
        assertThat(code(new BigDecimal("300000"), 5, false)).isEqualTo("B");
        assertThat(code(new BigDecimal("299999.99"), 5, false)).isEqualTo("C");
    }

    @Test
    void missingFiguresMeetOnlyGradesWithoutThresholds() {
        assertThat(code(null, null, false)).isEqualTo("D");
        assertThat(code(new BigDecimal("5000000"), null, false)).isEqualTo("D");
    }

    @Test
    void agreementGradeNeedsTheImportantAgreementFlag() {
        var withAgreement = new ClassificationStandard(List.of(grade(9, "K", 1, null, null, true),
                grade(4, "D", 4, null, null, false)));
        assertThat(withAgreement.gradeFor(null, null, true).orElseThrow().getCode()).isEqualTo("K");
        assertThat(withAgreement.gradeFor(null, null, false).orElseThrow().getCode()).isEqualTo("D");
    }

    @Test
    void noGradeWhenNothingIsMet() {
        var strict = new ClassificationStandard(List.of(grade(1, "A", 1, "100", 1, false)));
        assertThat(strict.gradeIdFor(null, null, false)).isNull();
        assertThat(strict.codeOf(null)).isNull();
    }

    @Test
    void equalRanksAreDecidedByTheOlderGrade() {
        var tie = new ClassificationStandard(List.of(grade(7, "Y", 1, null, null, false),
                grade(3, "X", 1, null, null, false)));
        assertThat(tie.gradeFor(null, null, false).orElseThrow().getCode()).isEqualTo("X");
    }

    private String code(BigDecimal sales, Integer potential, boolean agreement) {
        return standard.gradeFor(sales, potential, agreement).map(CustomerGrade::getCode).orElse(null);
    }
}
