package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.pay.internal.PerformanceSchemeRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' performance schemes 绩效方案 (PAY-5, PAY-8: "由各部门负责人根据各部门实际情况制定绩效工资，经部门经理审批后
 * 执行"). The department's head (its supervisor) or a manager writes a scheme from a month on; it is submitted,
 * then approved by a department manager who neither wrote nor submitted it, or returned with a reason, edited and
 * submitted again. An approved version is final: a change is a new version from a month after both the current month
 * and the latest approved version, so a month being graded keeps the version in force then. A department's first
 * scheme may start last month (still open for grading). Grades are given only under the approved scheme in force.
 */
@Service
public class PerformanceSchemes {

    public static final String SUBJECT = "PerformanceScheme";
    private static final Set<String> SORTS = Set.of("effectiveMonth", "departmentId", "state");
    private static final LocalDate NO_MONTH = LocalDate.of(2000, 1, 1);

    private final PerformanceSchemeRepository schemes;
    private final Departments departments;
    private final PayRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    PerformanceSchemes(PerformanceSchemeRepository schemes, Departments departments, PayRules rules,
            AuditTrail audit, Clock clock) {
        this.schemes = schemes;
        this.departments = departments;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of schemes by department, state and month from which they apply (a supervisor: the own department). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<PerformanceScheme> page(Long departmentId, SchemeState state, YearMonth from, PageQuery page) {
        return schemes.search(visibleDepartment(departmentId), state == null, state, from == null,
                from == null ? NO_MONTH : from.atDay(1), page.toPageable(SORTS,
                        Sort.by(Sort.Order.desc("effectiveMonth"), Sort.Order.asc("id"))));
    }

    /** The schemes waiting for a department manager's decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public Page<PerformanceScheme> queue(PageQuery page) {
        return schemes.search(null, false, SchemeState.SUBMITTED, true, NO_MONTH, page.toPageable(SORTS,
                Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"))));
    }

    /** A scheme (a supervisor: of the own department, else 404). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public PerformanceScheme get(long id) {
        PerformanceScheme s = schemes.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (!mayRead(s.getDepartmentId())) {
            throw new NotFoundException(SUBJECT, id);
        }
        return s;
    }

    /** Every version of a department's scheme, the latest month first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public List<PerformanceScheme> history(long departmentId) {
        if (!mayRead(departmentId)) {
            throw new NotFoundException("Department", departmentId);
        }
        return schemes.findByDepartmentIdOrderByEffectiveMonthDesc(departmentId);
    }

    /** The approved scheme in force in a department in a month (for grading; no access check of its own). */
    @Transactional(readOnly = true)
    public Optional<PerformanceScheme> inForce(long departmentId, YearMonth month) {
        return schemes.findFirstByDepartmentIdAndStateAndEffectiveMonthLessThanEqualOrderByEffectiveMonthDesc(
                departmentId, SchemeState.APPROVED, month.atDay(1));
    }

    /** The approved schemes in force in a month by department, in one query (for the assessment page). */
    @Transactional(readOnly = true)
    public Map<Long, PerformanceScheme> inForce(Collection<Long> departmentIds, YearMonth month) {
        if (departmentIds.isEmpty()) {
            return Map.of();
        }
        return schemes.findByDepartmentIdInAndStateAndEffectiveMonthLessThanEqual(Set.copyOf(departmentIds),
                SchemeState.APPROVED, month.atDay(1)).stream().collect(Collectors.toMap(
                        PerformanceScheme::getDepartmentId, Function.identity(), (a, b) -> a.getEffectiveMonth()
                                .isAfter(b.getEffectiveMonth()) ? a : b));
    }

    /** The first month a new version of the department's scheme may apply from. */
    @Transactional(readOnly = true)
    public YearMonth earliestMonth(long departmentId) {
        YearMonth now = rules.currentMonth();
        return schemes.findFirstByDepartmentIdAndStateOrderByEffectiveMonthDesc(departmentId, SchemeState.APPROVED)
                .map(s -> (s.getEffectiveMonth().isAfter(now) ? s.getEffectiveMonth() : now).plusMonths(1))
                .orElse(now.minusMonths(1));
    }

    /** Writes a new scheme (a draft) for a department the signed-in user heads, or any as a manager. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PerformanceScheme create(SchemeInput in) {
        if (in.departmentId() == null) {
            throw RuleViolation.onField("departmentId", "validation.required");
        }
        long department = in.departmentId();
        requireHead(department);
        PerformanceScheme s = new PerformanceScheme(department);
        write(s, in);
        audit.record("payscheme.created", SUBJECT, s.getId(), label(s), Changes.none()
                .field("from", null, s.getEffectiveMonth()).field("grader", null, s.getGrader()));
        return s;
    }

    /** Changes a draft or a returned scheme on the version seen; a submitted or approved one → 409. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PerformanceScheme update(long id, SchemeInput in) {
        PerformanceScheme s = get(id);
        requireHead(s.getDepartmentId());
        if (in.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(in.version(), s.getVersion(), SUBJECT, id);
        requireState(s, s.getState().editable());
        YearMonth before = s.getEffectiveMonth();
        SchemeGrader graderBefore = s.getGrader();
        write(s, in);
        audit.record("payscheme.changed", SUBJECT, id, label(s), Changes.none()
                .field("from", before, s.getEffectiveMonth()).field("grader", graderBefore, s.getGrader()));
        return s;
    }

    /** Sends a draft or returned scheme to the department managers. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PerformanceScheme submit(long id, long version) {
        PerformanceScheme s = get(id);
        requireHead(s.getDepartmentId());
        ConflictException.requireVersion(version, s.getVersion(), SUBJECT, id);
        requireState(s, s.getState().editable());
        requireOpenMonth(s.getDepartmentId(), s.getEffectiveMonth(), s.getId());
        SchemeState before = s.getState();
        s.submit(SignedInUser.current().id(), Instant.now(clock));
        return moved(s, "payscheme.submitted", before, Changes.none());
    }

    /** Approves a submitted scheme: a department manager who neither wrote nor submitted it; final from then on. */
    @Transactional
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public PerformanceScheme approve(long id, long version) {
        PerformanceScheme s = decidable(id, version);
        requireOpenMonth(s.getDepartmentId(), s.getEffectiveMonth(), s.getId());
        s.decide(true, null, SignedInUser.current().id(), Instant.now(clock));
        return moved(s, "payscheme.approved", SchemeState.SUBMITTED, Changes.none());
    }

    /** Returns a submitted scheme to its author with a reason, to be edited and submitted again. */
    @Transactional
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public PerformanceScheme giveBack(long id, String reason, long version) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.onField("reason", "validation.required");
        }
        if (why.length() > PerformanceScheme.REASON_MAX) {
            throw RuleViolation.onField("reason", "pay.rule.reason-too-long", PerformanceScheme.REASON_MAX);
        }
        PerformanceScheme s = decidable(id, version);
        s.decide(false, why, SignedInUser.current().id(), Instant.now(clock));
        return moved(s, "payscheme.returned", SchemeState.SUBMITTED, Changes.none().field("reason", null, why));
    }

    /**
     * Refuses a grade in a department's month without an approved scheme in force, or by someone below the role the
     * scheme names (422 naming the department).
     */
    void requireGrader(long departmentId, YearMonth month, SignedInUser grader) {
        PerformanceScheme s = inForce(departmentId, month).orElseThrow(() -> RuleViolation.onField("grade",
                "pay.scheme.none", departments.get(departmentId).getName(), month.toString()));
        if (!grader.hasAtLeast(s.getGrader().role())) {
            throw RuleViolation.onField("grade", "pay.scheme.grader-only." + s.getGrader(),
                    departments.get(departmentId).getName());
        }
    }

    /** Stores a step of the approval and records it with the state it left (and what else changed). */
    private PerformanceScheme moved(PerformanceScheme s, String action, SchemeState before, Changes changes) {
        schemes.saveAndFlush(s);
        audit.record(action, SUBJECT, s.getId(), label(s), changes.field("state", before, s.getState()));
        return s;
    }

    private PerformanceScheme decidable(long id, long version) {
        PerformanceScheme s = get(id);
        ConflictException.requireVersion(version, s.getVersion(), SUBJECT, id);
        requireState(s, s.getState() == SchemeState.SUBMITTED);
        if (s.writtenOrSubmittedBy(SignedInUser.current().id())) {
            throw RuleViolation.onField("state", "pay.scheme.own");
        }
        return s;
    }

    private void write(PerformanceScheme s, SchemeInput in) {
        if (in.from() == null) {
            throw RuleViolation.onField("from", "validation.required");
        }
        requireOpenMonth(s.getDepartmentId(), in.from(), s.getId());
        List<SchemeCriterion> criteria = criteria(in.criteria());
        if (in.grader() == null) {
            throw RuleViolation.onField("grader", "validation.required");
        }
        meaning("failMeans", in.failMeans());
        meaning("passMeans", in.passMeans());
        meaning("goodMeans", in.goodMeans());
        meaning("excellentMeans", in.excellentMeans());
        s.write(in, criteria, SignedInUser.current().id(), Instant.now(clock));
        schemes.saveAndFlush(s);
    }

    /** The month is not before the earliest allowed and no other version of the department starts then. */
    private void requireOpenMonth(long departmentId, YearMonth from, Long self) {
        YearMonth earliest = earliestMonth(departmentId);
        if (from.isBefore(earliest)) {
            throw RuleViolation.onField("from", "pay.scheme.month-too-early", earliest.toString());
        }
        schemes.findByDepartmentIdAndEffectiveMonth(departmentId, from.atDay(1))
                .filter(other -> !other.getId().equals(self)).ifPresent(other -> {
                    throw RuleViolation.onField("from", "pay.scheme.month-taken", from.toString());
                });
    }

    /** The criteria named (blank rows dropped): 1 … 6, names and descriptions not too long, weights all or none. */
    private static List<SchemeCriterion> criteria(List<SchemeCriterion> given) {
        List<SchemeCriterion> kept = new ArrayList<>();
        for (SchemeCriterion c : given == null ? List.<SchemeCriterion>of() : given) {
            String name = c.getName() == null ? "" : c.getName().strip();
            String description = c.getDescription() == null ? "" : c.getDescription().strip();
            if (name.isEmpty() && description.isEmpty() && c.getWeight() == null) {
                continue;
            }
            String at = "criteria[" + kept.size() + "]";
            if (name.isEmpty()) {
                throw RuleViolation.onField(at + ".name", "validation.required");
            }
            if (name.length() > SchemeCriterion.NAME_MAX) {
                throw RuleViolation.onField(at + ".name", "pay.scheme.too-long", SchemeCriterion.NAME_MAX);
            }
            if (description.length() > SchemeCriterion.DESCRIPTION_MAX) {
                throw RuleViolation.onField(at + ".description", "pay.scheme.too-long",
                        SchemeCriterion.DESCRIPTION_MAX);
            }
            if (c.getWeight() != null && (c.getWeight() < 1 || c.getWeight() > 100)) {
                throw RuleViolation.onField(at + ".weight", "pay.scheme.weight-invalid");
            }
            kept.add(new SchemeCriterion(name, c.getWeight(), description.isEmpty() ? null : description));
        }
        if (kept.isEmpty() || kept.size() > PerformanceScheme.CRITERIA_MAX) {
            throw RuleViolation.onField("criteria", "pay.scheme.criteria-count", PerformanceScheme.CRITERIA_MAX);
        }
        long weighted = kept.stream().filter(c -> c.getWeight() != null).count();
        if (weighted > 0 && (weighted < kept.size()
                || kept.stream().mapToInt(SchemeCriterion::getWeight).sum() != 100)) {
            throw RuleViolation.onField("criteria", "pay.scheme.weights");
        }
        return kept;
    }

    private static void meaning(String field, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (clean.length() > PerformanceScheme.MEANING_MAX) {
            throw RuleViolation.onField(field, "pay.scheme.too-long", PerformanceScheme.MEANING_MAX);
        }
    }

    private static void requireState(PerformanceScheme s, boolean allowed) {
        if (!allowed) {
            throw new ConflictException("pay.scheme.wrong-state", s.getState().name());
        }
    }

    /** The department's head (its supervisor, or a supervisor in it) or a manager above; anyone else → 404. */
    private void requireHead(long departmentId) {
        if (!heads(SignedInUser.current(), departmentId)) {
            throw new NotFoundException("Department", departmentId);
        }
    }

    /** HR reads every department's schemes; the rest read those of a department they head (or any as managers). */
    private boolean mayRead(long departmentId) {
        SignedInUser me = SignedInUser.current();
        return me.roles().contains(Role.HR) || heads(me, departmentId);
    }

    private boolean heads(SignedInUser me, long departmentId) {
        return me.hasAtLeast(Role.DEPT_MANAGER) || Objects.equals(me.departmentId(), departmentId)
                || Objects.equals(departments.get(departmentId).getSupervisorId(), me.id());
    }

    /** The department the signed-in user may read: any for HR and managers, else the own one (or none). */
    private static Long visibleDepartment(Long wanted) {
        SignedInUser me = SignedInUser.current();
        if (me.hasAtLeast(Role.DEPT_MANAGER) || me.roles().contains(Role.HR)) {
            return wanted;
        }
        return Objects.requireNonNullElse(me.departmentId(), -1L);
    }

    private String label(PerformanceScheme s) {
        return departments.get(s.getDepartmentId()).getName() + " " + s.getEffectiveMonth();
    }
}
