package csms.customer;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.CustomerGradeRepository;
import csms.customer.internal.CustomerRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification standard 客户分类管理标准 (CUS-3): its grades with their thresholds and ranks, edited by
 * supervisors and above (version-checked, audited), and reclassifying every active customer after a change.
 */
@Service
public class CustomerGrades {

    public static final String SUBJECT = "CustomerGrade";
    private static final int BATCH = 500;

    private final CustomerGradeRepository grades;
    private final CustomerRepository customers;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    CustomerGrades(CustomerGradeRepository grades, CustomerRepository customers, AuditTrail audit, Clock clock) {
        this.grades = grades;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The grades in rank order (best first). */
    @Transactional(readOnly = true)
    public List<CustomerGrade> all() {
        return grades.findAllByOrderByRankOrder();
    }

    @Transactional(readOnly = true)
    public CustomerGrade get(long id) {
        return grades.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** The standard as currently configured. */
    @Transactional(readOnly = true)
    public ClassificationStandard standard() {
        return new ClassificationStandard(grades.findAll());
    }

    /** Adds a grade; its code must be unique. Customers keep their grade until reclassified. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public CustomerGrade create(GradeDefinition d) {
        requireFreeCode(d.code(), null);
        CustomerGrade grade = new CustomerGrade(d.code().strip(), d.name().strip(), d.rankOrder());
        grade.revise(d.code(), d.name(), d.criteria(), d.minAnnualSales(), d.minPotential(), d.requiresAgreement(),
                d.rankOrder());
        grades.saveAndFlush(grade);
        audit.record("customer-grade.created", SUBJECT, grade.getId(), grade.getCode(),
                CustomerSnapshot.diff(Map.of(), snapshot(grade)));
        return grade;
    }

    /** Changes a grade against the version the user saw (stale → 409). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public CustomerGrade revise(long id, GradeDefinition d) {
        CustomerGrade grade = get(id);
        if (d.version() == null) {
            throw RuleViolation.onField("version", "customer.version.required");
        }
        ConflictException.requireVersion(d.version(), grade.getVersion(), SUBJECT, id);
        requireFreeCode(d.code(), grade.getCode());
        Map<String, String> before = snapshot(grade);
        grade.revise(d.code(), d.name(), d.criteria(), d.minAnnualSales(), d.minPotential(), d.requiresAgreement(),
                d.rankOrder());
        Changes changes = CustomerSnapshot.diff(before, snapshot(grade));
        if (!changes.isEmpty()) {
            grades.saveAndFlush(grade);
            audit.record("customer-grade.revised", SUBJECT, id, grade.getCode(), changes);
        }
        return grade;
    }

    /** Puts every active customer in the grade the standard now gives; returns how many changed grade. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public int reclassifyAll() {
        ClassificationStandard standard = standard();
        Instant now = Instant.now(clock);
        int changed = 0;
        long after = 0;
        List<Customer> batch;
        do {
            batch = customers.activeAfter(after, PageRequest.of(0, BATCH));
            for (Customer c : batch) {
                Long before = c.getGradeId();
                if (c.classify(standard.gradeIdFor(c.getAnnualSales(), c.getPotential(), c.isImportantAgreement()))) {
                    c.touch(now);
                    changed++;
                    audit.record("customer.reclassified", CustomerArchive.SUBJECT, c.getId(), c.getName(),
                            Changes.none().field("grade", standard.codeOf(before), standard.codeOf(c.getGradeId())));
                }
                after = c.getId();
            }
            // Index the batch's changes and let go of the entities, so memory stays flat on a large archive.
            entityManager.flush();
            Search.session(entityManager).indexingPlan().process();
            entityManager.clear();
        } while (batch.size() == BATCH);
        audit.record("customer-grade.reclassified-all", SUBJECT, null, String.valueOf(changed), null);
        return changed;
    }

    private void requireFreeCode(String code, String current) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.equals(current) && grades.existsByCode(c)) {
            throw RuleViolation.onField("code", "customer.grade.code-taken", c);
        }
    }

    private static Map<String, String> snapshot(CustomerGrade g) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", g.getCode());
        m.put("name", g.getName());
        m.put("criteria", g.getCriteria());
        m.put("minAnnualSales", g.getMinAnnualSales() == null ? null : g.getMinAnnualSales().toPlainString());
        m.put("minPotential", g.getMinPotential() == null ? null : g.getMinPotential().toString());
        m.put("requiresAgreement", String.valueOf(g.isRequiresAgreement()));
        m.put("rankOrder", String.valueOf(g.getRankOrder()));
        return m;
    }
}
