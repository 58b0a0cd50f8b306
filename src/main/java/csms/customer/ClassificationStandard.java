package csms.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification standard 客户分类管理标准 (CUS-3) as configured: the best-ranked grade whose thresholds a
 * customer's annual sales, potential and agreement meet is the customer's grade; none met means no grade.
 */
public final class ClassificationStandard {

    private final List<CustomerGrade> grades;

    public ClassificationStandard(Collection<CustomerGrade> grades) {
        this.grades = grades.stream()
                .sorted(Comparator.comparingInt(CustomerGrade::getRankOrder)
                        .thenComparing(CustomerGrade::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The grade the standard gives for these figures (lowest rank number wins), if any grade is met. */
    public Optional<CustomerGrade> gradeFor(BigDecimal annualSales, Integer potential, boolean importantAgreement) {
        return grades.stream().filter(g -> g.isMetBy(annualSales, potential, importantAgreement)).findFirst();
    }

    /** The id of the grade the standard gives, or null when no grade is met. */
    public Long gradeIdFor(BigDecimal annualSales, Integer potential, boolean importantAgreement) {
        return gradeFor(annualSales, potential, importantAgreement).map(CustomerGrade::getId).orElse(null);
    }

    public Optional<CustomerGrade> byId(Long id) {
        return id == null ? Optional.empty() : grades.stream().filter(g -> Objects.equals(g.getId(), id)).findFirst();
    }

    /** The grade's code for display and audit, or null. */
    public String codeOf(Long id) {
        return byId(id).map(CustomerGrade::getCode).orElse(null);
    }

    public List<CustomerGrade> grades() {
        return grades;
    }
}
