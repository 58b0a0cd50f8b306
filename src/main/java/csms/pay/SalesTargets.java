package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.pay.internal.SalesTargetRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly sales targets per group (PAY-1): set by the rule's day of the month before (default the 10th). A target
 * set or changed after that deadline is marked late and mailed to the directors; once the deadline has passed, the
 * groups still without a target for next month are mailed to the directors, once.
 */
@Service
public class SalesTargets {

    public static final String SUBJECT = "SalesTarget";

    private final SalesTargetRepository targets;
    private final PayRules rules;
    private final Departments departments;
    private final UserAccounts users;
    private final OutboundMail mail;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    SalesTargets(SalesTargetRepository targets, PayRules rules, Departments departments, UserAccounts users,
            OutboundMail mail, MessageSource messages, OrganisationSettings organisation, AuditTrail audit,
            Clock clock) {
        this.targets = targets;
        this.rules = rules;
        this.departments = departments;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The end of the deadline day in the month before {@code month} (the rule of that month before). */
    public Instant deadline(YearMonth month) {
        YearMonth before = month.minusMonths(1);
        int day = rules.book(before).value(PayRule.TARGET_DEADLINE_DAY).intValue();
        return before.atDay(day).plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** Every group with its target for the month, or none yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public List<TargetLine> lines(YearMonth month) {
        Map<Long, SalesTarget> set = targets.findByTargetMonth(month.atDay(1)).stream()
                .collect(Collectors.toMap(SalesTarget::getDepartmentId, Function.identity()));
        return departments.all().stream().map(d -> {
            SalesTarget t = set.get(d.getId());
            return t == null ? new TargetLine(d.getId(), d.getName(), null, false, null)
                    : new TargetLine(d.getId(), d.getName(), t.getAmount(), t.isLate(), t.getVersion());
        }).toList();
    }

    /** The targets set for a month, by group (for the pay run). */
    @Transactional(readOnly = true)
    public Map<Long, SalesTarget> byGroup(YearMonth month) {
        return targets.findByTargetMonth(month.atDay(1)).stream()
                .collect(java.util.stream.Collectors.toMap(SalesTarget::getDepartmentId, t -> t));
    }

    /** The target of a group in a month, if set (for the pay run). */
    @Transactional(readOnly = true)
    public java.util.Optional<SalesTarget> of(long departmentId, YearMonth month) {
        return targets.findByDepartmentIdAndTargetMonth(departmentId, month.atDay(1));
    }

    /**
     * Sets a group's target for a month (this month or later; amount above zero, to the fen); changing one needs the
     * version seen (stale → 409). After the deadline the target is marked late and the directors are mailed.
     */
    @Transactional
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    public SalesTarget set(long departmentId, YearMonth month, BigDecimal amount, Long version) {
        Department group = departments.get(departmentId);
        if (month == null) {
            throw RuleViolation.onField("month", "validation.required");
        }
        if (month.isBefore(currentMonth())) {
            throw RuleViolation.onField("month", "pay.target.past-month");
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("999999999999")) > 0) {
            throw RuleViolation.onField("amount", "pay.target.amount-invalid");
        }
        SalesTarget t = targets.findByDepartmentIdAndTargetMonth(departmentId, month.atDay(1)).orElse(null);
        Money before = null;
        if (t == null) {
            t = new SalesTarget(departmentId, month);
        } else {
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, t.getVersion(), SUBJECT, t.getId());
            before = t.getAmount();
        }
        Instant now = Instant.now(clock);
        boolean late = now.isAfter(deadline(month));
        t.set(new Money(amount), late, SignedInUser.current().id(), now);
        targets.saveAndFlush(t);
        audit.record("salestarget.set", SUBJECT, t.getId(), group.getName() + " " + month, Changes.none()
                .field("amount", before, t.getAmount()).field("late", null, late ? Boolean.TRUE : null));
        if (late) {
            tellDirectors("pay.target.late-mail", group.getName() + " " + month);
        }
        return t;
    }

    /**
     * After the deadline for next month: mails the directors the groups still without a target, once per month
     * (whichever node gets there first). Returns how many groups were missing (0 when nothing was sent).
     */
    @Transactional
    public int reportMissing() {
        Instant now = Instant.now(clock);
        YearMonth next = currentMonth().plusMonths(1);
        if (!now.isAfter(deadline(next))) {
            return 0;
        }
        Set<Long> set = targets.findByTargetMonth(next.atDay(1)).stream().map(SalesTarget::getDepartmentId)
                .collect(Collectors.toSet());
        List<String> missing = departments.all().stream().filter(d -> !set.contains(d.getId()))
                .map(Department::getName).toList();
        if (missing.isEmpty() || targets.markNoticeSent(next.atDay(1), now) == 0) {
            return 0;
        }
        tellDirectors("pay.target.missing-mail", next + ": " + String.join("、", missing));
        return missing.size();
    }

    private void tellDirectors(String key, String what) {
        for (UserAccount u : users.activeWithAnyRole(Set.of(Role.DIRECTOR))) {
            if (u.getEmail() == null) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(u.getLocale() == null ? "zh-CN" : u.getLocale());
            mail.send(MailMessage.of(u.getEmail(), messages.getMessage(key + ".subject", null, locale),
                    messages.getMessage(key + ".text", new Object[] { what }, locale)));
        }
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return organisation.zone();
    }
}
