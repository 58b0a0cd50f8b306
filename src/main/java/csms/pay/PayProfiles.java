package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.pay.internal.PayProfileRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' pay profiles, kept by HR (PAY-5 … PAY-7). Only HR and department managers (and above) read or change
 * them; the audit trail names the fields changed but never the amounts, since people outside pay read it.
 */
@Service
public class PayProfiles {

    public static final String SUBJECT = "PayProfile";
    private static final BigDecimal MAX_WAGE = new BigDecimal("10000000");

    private final PayProfileRepository profiles;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final Clock clock;

    PayProfiles(PayProfileRepository profiles, UserAccounts users, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of employees (search by name or number, optional department) with their profiles. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public Page<PayProfileRow> page(String q, Long departmentId, PageQuery page) {
        Page<UserAccount> found = users.search(q, departmentId, Boolean.TRUE, page);
        Map<Long, PayProfile> byUser = profiles.findByUserIdIn(found.getContent().stream().map(UserAccount::getId)
                .toList()).stream().collect(Collectors.toMap(PayProfile::getUserId, Function.identity()));
        return found.map(u -> new PayProfileRow(u.getId(), u.getDisplayName(), u.getAgentNumber(),
                u.getDepartmentId(), byUser.get(u.getId())));
    }

    /** One employee's profile, if entered. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public Optional<PayProfile> of(long userId) {
        users.get(userId);
        return profiles.findById(userId);
    }

    /**
     * Creates or changes the profile on the version seen (stale → 409): wage 0 … 10,000,000 to the fen, kind and level
     * required, hire date not in the future (422 on the field otherwise).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public PayProfile save(long userId, PayProfileInput in) {
        UserAccount user = users.get(userId);
        if (in.postWage() == null || in.postWage().signum() < 0 || in.postWage().compareTo(MAX_WAGE) > 0
                || in.postWage().stripTrailingZeros().scale() > 2) {
            throw RuleViolation.onField("postWage", "pay.profile.wage-invalid");
        }
        if (in.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (in.level() == null) {
            throw RuleViolation.onField("level", "validation.required");
        }
        Instant now = Instant.now(clock);
        if (in.hiredOn() != null && in.hiredOn().isAfter(LocalDate.ofInstant(now, clock.getZone()).plusYears(1))) {
            throw RuleViolation.onField("hiredOn", "pay.profile.hired-future");
        }
        PayProfile p = profiles.findById(userId).orElse(null);
        Changes changes = Changes.none();
        if (p == null) {
            p = new PayProfile(userId);
            changes.field("profile", null, "created");
        } else {
            if (in.version() == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(in.version(), p.getVersion(), SUBJECT, userId);
            changed(changes, "postWage", p.getPostWage().amount().compareTo(in.postWage()) != 0);
            changes.field("kind", p.getKind(), in.kind()).field("level", p.getLevel(), in.level())
                    .field("hiredOn", p.getHiredOn(), in.hiredOn()).field("trialUntil", p.getTrialUntil(),
                            in.trialUntil());
        }
        p.update(new Money(in.postWage()), in.kind(), in.level(), in.hiredOn(), in.trialUntil(), now);
        profiles.saveAndFlush(p);
        audit.record("payprofile.saved", SUBJECT, userId, user.getDisplayName(), changes);
        return p;
    }

    /** An amount's change is recorded as changed, never with the figures. */
    private static void changed(Changes changes, String field, boolean changed) {
        if (changed) {
            changes.field(field, null, "changed");
        }
    }
}
