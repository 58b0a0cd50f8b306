package csms.pay;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.pay.internal.PayRuleVersionRepository;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pay rules versioned by month: the book in force in a month is, for every rule, the latest value set from that
 * month or before, else the rulebook's default. HR and department managers set a value from the current month or a
 * later one; a past month is never changed, so a month already paid is never recomputed with newer rules.
 */
@Service
public class PayRules {

    public static final String SUBJECT = "PayRule";

    private final PayRuleVersionRepository versions;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    PayRules(PayRuleVersionRepository versions, OrganisationSettings organisation, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules in force in a month (for the pay run; no access check of its own). */
    @Transactional(readOnly = true)
    public PayRuleBook book(YearMonth month) {
        Map<PayRule, BigDecimal> values = new EnumMap<>(PayRule.class);
        for (PayRuleVersion v : versions.findByEffectiveMonthLessThanEqualOrderByEffectiveMonth(month.atDay(1))) {
            rule(v.getRuleKey()).ifPresent(r -> values.put(r, v.getAmount()));
        }
        return new PayRuleBook(month, values);
    }

    /** Every version set, by rule and month, for the settings page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public List<PayRuleVersion> history() {
        return versions.findAllByOrderByRuleKeyAscEffectiveMonthAsc();
    }

    /** The current month in the organisation's zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(organisation.zone()));
    }

    /**
     * Sets a rule's value from a month on. A month before the current one, a value outside the rule's range, a
     * missing reason, or bands that would fall out of order in any month from then on → 422. Setting the same rule
     * and month again replaces that version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public PayRuleVersion set(PayRule rule, YearMonth from, BigDecimal value, String reason) {
        if (rule == null) {
            throw RuleViolation.onField("rule", "validation.required");
        }
        if (from == null) {
            throw RuleViolation.onField("from", "validation.required");
        }
        if (from.isBefore(currentMonth())) {
            throw RuleViolation.onField("from", "pay.rule.past-month");
        }
        if (value == null || !rule.accepts(value)) {
            throw RuleViolation.onField("value", "pay.rule.out-of-range", rule.min().toPlainString(),
                    rule.max().toPlainString());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.onField("reason", "validation.required");
        }
        if (why.length() > PayRuleVersion.REASON_MAX) {
            throw RuleViolation.onField("reason", "pay.rule.reason-too-long", PayRuleVersion.REASON_MAX);
        }
        requireOrderedBands(rule, from, value);
        BigDecimal before = book(from).value(rule);
        long me = SignedInUser.current().id();
        Instant now = Instant.now(clock);
        PayRuleVersion v = versions.findByRuleKeyAndEffectiveMonth(rule.key(), from.atDay(1)).map(existing -> {
            existing.change(value, why, me, now);
            return existing;
        }).orElseGet(() -> new PayRuleVersion(rule, from, value, why, me, now));
        versions.saveAndFlush(v);
        audit.record("payrule.set", SUBJECT, v.getId(), rule.key() + " @ " + from, Changes.none()
                .field("value", before.toPlainString(), value.toPlainString()).field("reason", null, why));
        return v;
    }

    /** The bands stay ordered in the month the value takes effect and in every month a later version starts. */
    private void requireOrderedBands(PayRule rule, YearMonth from, BigDecimal value) {
        TreeSet<YearMonth> months = new TreeSet<>();
        months.add(from);
        TreeSet<YearMonth> laterOfThisRule = new TreeSet<>();
        for (PayRuleVersion v : versions.findByEffectiveMonthGreaterThan(from.atDay(1))) {
            months.add(v.getEffectiveMonth());
            if (v.getRuleKey().equals(rule.key())) {
                laterOfThisRule.add(v.getEffectiveMonth());
            }
        }
        for (YearMonth m : months) {
            Map<PayRule, BigDecimal> values = new EnumMap<>(book(m).values());
            if (laterOfThisRule.floor(m) == null) {
                values.put(rule, value);
            }
            if (new PayRuleBook(m, values).disorderedBand().isPresent()) {
                throw RuleViolation.onField("value", "pay.rule.bands-out-of-order");
            }
        }
    }

    private static java.util.Optional<PayRule> rule(String key) {
        for (PayRule r : PayRule.values()) {
            if (r.key().equals(key)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
