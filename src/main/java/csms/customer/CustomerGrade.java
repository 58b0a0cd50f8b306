package csms.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A grade of the classification standard 客户分类管理标准 (CUS-3) with the criteria that decide it: the
 * best-ranked grade whose thresholds a customer meets is the one the standard gives.
 */
@Entity
@Table(name = "customer_grade")
public class CustomerGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String criteria;

    @Column(name = "min_annual_sales")
    private BigDecimal minAnnualSales;

    @Column(name = "min_potential")
    private Integer minPotential;

    @Column(name = "requires_agreement", nullable = false)
    private boolean requiresAgreement;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    @Version
    private long version;

    protected CustomerGrade() {
    }

    CustomerGrade(String code, String name, int rankOrder) {
        this.code = code;
        this.name = name;
        this.rankOrder = rankOrder;
    }

    /** Changes the grade's label, criteria text, thresholds and rank (the standard is data, edited by supervisors). */
    void revise(String code, String name, String criteria, BigDecimal minAnnualSales, Integer minPotential,
            boolean requiresAgreement, int rankOrder) {
        if (minPotential != null && (minPotential < 1 || minPotential > 5)) {
            throw csms.shared.RuleViolation.onField("minPotential", "customer.potential.range");
        }
        if (minAnnualSales != null && minAnnualSales.signum() < 0) {
            throw csms.shared.RuleViolation.onField("minAnnualSales", "customer.grade.sales-negative");
        }
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
        this.name = name.strip();
        this.criteria = criteria == null || criteria.isBlank() ? null : criteria.strip();
        this.minAnnualSales = minAnnualSales == null ? null : minAnnualSales.setScale(2, java.math.RoundingMode.HALF_UP);
        this.minPotential = minPotential;
        this.requiresAgreement = requiresAgreement;
        this.rankOrder = rankOrder;
    }

    /** True when a customer with these figures meets every threshold this grade sets. */
    public boolean isMetBy(BigDecimal annualSales, Integer potential, boolean importantAgreement) {
        if (minAnnualSales != null && (annualSales == null || annualSales.compareTo(minAnnualSales) < 0)) {
            return false;
        }
        if (minPotential != null && (potential == null || potential < minPotential)) {
            return false;
        }
        return !requiresAgreement || importantAgreement;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCriteria() {
        return criteria;
    }

    public BigDecimal getMinAnnualSales() {
        return minAnnualSales;
    }

    public Integer getMinPotential() {
        return minPotential;
    }

    public boolean isRequiresAgreement() {
        return requiresAgreement;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public long getVersion() {
        return version;
    }
}
