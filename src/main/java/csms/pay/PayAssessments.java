package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.pay.internal.PayAssessmentRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's assessments (PAY-4 … PAY-6): a supervisor grades the people of the own team (the trial period's
 * performance level), managers and directors anyone; nobody grades themselves. Only department managers and above set
 * the discretionary amount for conduct, with a reason. Grades are kept for this month and the month before (the one
 * being paid); older months are closed. A member of a department is graded only under the department's approved
 * performance scheme in force in the month, by the role it names or above ({@link PerformanceSchemes}); someone
 * without a department (managers, HR) has no scheme and is graded by managers and directors as before.
 */
@Service
public class PayAssessments {

    public static final String SUBJECT = "PayAssessment";
    private static final BigDecimal MAX_DISCRETIONARY = new BigDecimal("100000");

    private final PayAssessmentRepository assessments;
    private final UserAccounts users;
    private final PayRules rules;
    private final PerformanceSchemes schemes;
    private final AuditTrail audit;
    private final Clock clock;

    PayAssessments(PayAssessmentRepository assessments, UserAccounts users, PayRules rules,
            PerformanceSchemes schemes, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.users = users;
        this.rules = rules;
        this.schemes = schemes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the department's active people (a supervisor: the own team only) with their month's assessment. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<AssessmentRow> page(YearMonth month, Long departmentId, PageQuery page) {
        SignedInUser me = SignedInUser.current();
        Long department = me.hasAtLeast(Role.DEPT_MANAGER) || me.roles().contains(Role.HR) ? departmentId
                : Objects.requireNonNullElse(me.departmentId(), -1L);
        Page<UserAccount> people = users.search(null, department, Boolean.TRUE, page);
        Map<Long, PayAssessment> byUser = assessments.findByMonthAndUserIdIn(month.atDay(1), people.getContent()
                .stream().map(UserAccount::getId).toList()).stream()
                .collect(Collectors.toMap(PayAssessment::getUserId, Function.identity()));
        return people.map(u -> new AssessmentRow(u.getId(), u.getDisplayName(), u.getAgentNumber(),
                u.getDepartmentId(), byUser.get(u.getId())));
    }

    /** The month's assessments of everybody, for the pay run. */
    @Transactional(readOnly = true)
    public Map<Long, PayAssessment> of(YearMonth month) {
        return assessments.findByMonth(month.atDay(1)).stream()
                .collect(Collectors.toMap(PayAssessment::getUserId, Function.identity()));
    }

    /** Grades someone's month on the version seen (null for the first entry); see the class for who may. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PayAssessment grade(long userId, YearMonth month, PerformanceGrade grade, Long version) {
        SignedInUser me = SignedInUser.current();
        UserAccount person = users.get(userId);
        if (person.getId() == me.id()) {
            throw RuleViolation.onField("grade", "pay.assessment.own");
        }
        if (!me.hasAtLeast(Role.DEPT_MANAGER) && !Objects.equals(me.departmentId(), person.getDepartmentId())) {
            throw new NotFoundException("User", userId);
        }
        if (grade == null) {
            throw RuleViolation.onField("grade", "validation.required");
        }
        PayAssessment a = open(userId, month, version);
        if (person.getDepartmentId() != null) {
            schemes.requireGrader(person.getDepartmentId(), month, me);
        }
        PerformanceGrade before = a.getGrade();
        a.grade(grade, me.id(), Instant.now(clock));
        assessments.saveAndFlush(a);
        audit.record("payassessment.graded", SUBJECT, userId, person.getDisplayName() + " " + month,
                Changes.none().field("grade", before, grade));
        return a;
    }

    /** Sets the discretionary amount (0 … 100,000, to the fen; a reason unless zero) on the version seen. */
    @Transactional
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public PayAssessment discretionary(long userId, YearMonth month, BigDecimal amount, String reason, Long version) {
        SignedInUser me = SignedInUser.current();
        UserAccount person = users.get(userId);
        if (person.getId() == me.id()) {
            throw RuleViolation.onField("discretionary", "pay.assessment.own");
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_DISCRETIONARY) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.onField("discretionary", "pay.assessment.discretionary-invalid");
        }
        String why = reason == null ? "" : reason.strip();
        if (amount.signum() > 0 && why.isEmpty()) {
            throw RuleViolation.onField("reason", "validation.required");
        }
        if (why.length() > PayAssessment.REASON_MAX) {
            throw RuleViolation.onField("reason", "pay.rule.reason-too-long", PayAssessment.REASON_MAX);
        }
        PayAssessment a = open(userId, month, version);
        a.discretionary(new Money(amount), why.isEmpty() ? null : why, me.id(), Instant.now(clock));
        assessments.saveAndFlush(a);
        audit.record("payassessment.discretionary", SUBJECT, userId, person.getDisplayName() + " " + month,
                Changes.none().field("reason", null, why.isEmpty() ? null : why));
        return a;
    }

    /** The month's assessment to change: this month or the one before only; a stale version → 409. */
    private PayAssessment open(long userId, YearMonth month, Long version) {
        YearMonth now = rules.currentMonth();
        if (month == null || month.isAfter(now) || month.isBefore(now.minusMonths(1))) {
            throw RuleViolation.onField("month", "pay.assessment.month-closed");
        }
        PayAssessment a = assessments.findByUserIdAndMonth(userId, month.atDay(1)).orElse(null);
        if (a == null) {
            return new PayAssessment(userId, month);
        }
        if (version == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(version, a.getVersion(), SUBJECT, userId);
        return a;
    }
}
