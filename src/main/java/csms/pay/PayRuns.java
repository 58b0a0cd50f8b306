package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.pay.internal.PayRunLines;
import csms.pay.internal.PayRunRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly pay runs (PAY-8): HR computes a month with the rules of that month, reviews it; a department manager who
 * neither computed nor reviewed it approves it; HR locks it. A locked run never changes: a correction is a new run
 * of the month with a reason. Only HR and department managers and above read runs; an employee reads only the own
 * line of the locked run. The audit trail names the steps, never the amounts.
 */
@Service
public class PayRuns {

    public static final String SUBJECT = "PayRun";
    private static final int REASON_MAX = 500;

    private final PayRunRepository runs;
    private final PayRunLines lines;
    private final PayRules rules;
    private final PayMonthGatherer gatherer;
    private final AuditTrail audit;
    private final Clock clock;

    PayRuns(PayRunRepository runs, PayRunLines lines, PayRules rules, PayMonthGatherer gatherer, AuditTrail audit,
            Clock clock) {
        this.runs = runs;
        this.lines = lines;
        this.rules = rules;
        this.gatherer = gatherer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Computes the month's first run on the inputs gathered from the other modules: every employee with a pay
     * profile, the groups' net sales and targets, shifts, overtime, holiday duty, deductions and assessments.
     */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun compute(YearMonth month) {
        requirePast(month);
        PayMonthGatherer.Gathered g = gatherer.month(month);
        return compute(month, g.groups(), g.employees());
    }

    /** A correction of a locked month on freshly gathered inputs, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun correct(YearMonth month, String reason) {
        requirePast(month);
        PayMonthGatherer.Gathered g = gatherer.month(month);
        return correct(month, reason, g.groups(), g.employees());
    }

    /**
     * Computes the month's first run on the given inputs with the month's rules. A month still open (a run not
     * locked) or already locked → 409 (a locked month takes a correction); a future month → 422.
     */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun compute(YearMonth month, Collection<PayInputs.Group> groups, List<PayInputs.Employee> employees) {
        requirePast(month);
        List<PayRun> existing = runs.findByMonthOrderByNumberDesc(month.atDay(1));
        if (!existing.isEmpty()) {
            throw new ConflictException(existing.getFirst().isOpen() ? "pay.run.open-exists" : "pay.run.locked");
        }
        return record(month, 1, null, null, groups, employees);
    }

    /** A correction of a locked month: a new run with the reason, computed again on the inputs given. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun correct(YearMonth month, String reason, Collection<PayInputs.Group> groups,
            List<PayInputs.Employee> employees) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.onField("reason", "validation.required");
        }
        if (why.length() > REASON_MAX) {
            throw RuleViolation.onField("reason", "pay.rule.reason-too-long", REASON_MAX);
        }
        PayRun latest = runs.findByMonthOrderByNumberDesc(month.atDay(1)).stream().findFirst()
                .orElseThrow(() -> new ConflictException("pay.run.nothing-to-correct"));
        if (latest.isOpen()) {
            throw new ConflictException("pay.run.open-exists");
        }
        return record(month, latest.getNumber() + 1, latest.getId(), why, groups, employees);
    }

    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun review(long id, long version) {
        PayRun r = run(id, version);
        r.review(SignedInUser.current().id(), Instant.now(clock));
        return saved(r, "payrun.reviewed");
    }

    /** Approval by a department manager (or above) who did not compute or review the run (422 otherwise). */
    @Transactional
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public PayRun approve(long id, long version) {
        PayRun r = run(id, version);
        long me = SignedInUser.current().id();
        if (r.getComputedBy() == me || (r.getReviewedBy() != null && r.getReviewedBy() == me)) {
            throw RuleViolation.onField("approvedBy", "pay.run.same-person");
        }
        r.approve(me, Instant.now(clock));
        return saved(r, "payrun.approved");
    }

    @Transactional
    @PreAuthorize("hasRole('HR')")
    public PayRun lock(long id, long version) {
        PayRun r = run(id, version);
        r.lock(Instant.now(clock));
        return saved(r, "payrun.locked");
    }

    /** Throws away a run that is not locked (its lines go with it). */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public void discard(long id, long version) {
        PayRun r = run(id, version);
        if (!r.isOpen()) {
            throw new ConflictException("pay.run.locked");
        }
        runs.delete(r);
        runs.flush();
        audit.record("payrun.discarded", SUBJECT, id, r.getMonth() + " #" + r.getNumber(), null);
    }

    /** The month's runs, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public List<PayRun> of(YearMonth month) {
        return runs.findByMonthOrderByNumberDesc(month.atDay(1));
    }

    /** One run (404 when there is none). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public PayRun get(long id) {
        return runs.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** How many lines the run has. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public long lineCount(long runId) {
        return lines.count(runId);
    }

    /** A page of a run's lines, by user id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public List<PayLine> lines(long runId, int limit, long offset) {
        runs.findById(runId).orElseThrow(() -> new NotFoundException(SUBJECT, runId));
        return lines.read(runId, null, limit, offset);
    }

    /** The signed-in employee's own line of the month's locked run (the latest correction), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PayLine> ownLine(YearMonth month) {
        long me = SignedInUser.current().id();
        return runs.findByMonthOrderByNumberDesc(month.atDay(1)).stream().filter(r -> !r.isOpen()).findFirst()
                .flatMap(r -> lines.read(r.getId(), Set.of(me), 1, 0).stream().findFirst());
    }

    private PayRun record(YearMonth month, int number, Long correctionOf, String reason,
            Collection<PayInputs.Group> groups, List<PayInputs.Employee> employees) {
        List<PayLine> computed = new PayCalculator(rules.book(month)).compute(groups, employees);
        Money total = computed.stream().map(PayLine::total).reduce(Money.ZERO, Money::plus);
        PayRun r = runs.saveAndFlush(new PayRun(month, number, correctionOf, reason, total,
                SignedInUser.current().id(), Instant.now(clock)));
        lines.write(r.getId(), computed);
        audit.record(correctionOf == null ? "payrun.computed" : "payrun.corrected", SUBJECT, r.getId(),
                month + " #" + number, Changes.none().field("employees", null, computed.size())
                        .field("reason", null, reason));
        return r;
    }

    private PayRun run(long id, long version) {
        PayRun r = runs.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        ConflictException.requireVersion(version, r.getVersion(), SUBJECT, id);
        return r;
    }

    private PayRun saved(PayRun r, String action) {
        runs.saveAndFlush(r);
        audit.record(action, SUBJECT, r.getId(), r.getMonth() + " #" + r.getNumber(), Changes.none()
                .field("status", null, r.getStatus()));
        return r;
    }

    private void requirePast(YearMonth month) {
        if (month == null || month.isAfter(rules.currentMonth())) {
            throw RuleViolation.onField("month", "pay.run.future-month");
        }
    }
}
