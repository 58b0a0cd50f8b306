package csms.system;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable values of the rulebook: read by the modules, seen and changed by managers, audited. */
@Service
public class RuleSettings {

    private final RuleSettingRepository settings;
    private final Map<String, RuleKey> catalog;
    private final AuditTrail audit;
    private final Clock clock;

    RuleSettings(RuleSettingRepository settings, List<RuleCatalog> catalogs, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.catalog = catalogs.stream().flatMap(c -> c.rules().stream())
                .collect(Collectors.toUnmodifiableMap(RuleKey::key, Function.identity()));
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule's current value, or its default. */
    @Transactional(readOnly = true)
    public int value(RuleKey rule) {
        return settings.findById(rule.key()).map(s -> Integer.parseInt(s.getValue())).orElse(rule.defaultValue());
    }

    @Transactional(readOnly = true)
    public List<RuleValue> all() {
        Map<String, RuleSetting> stored = settings.findAll().stream()
                .collect(Collectors.toMap(RuleSetting::getKey, Function.identity()));
        return catalog.values().stream().sorted(Comparator.comparing(RuleKey::key)).map(rule -> {
            RuleSetting s = stored.get(rule.key());
            return s == null ? new RuleValue(rule, rule.defaultValue(), null, null, 0)
                    : new RuleValue(rule, Integer.parseInt(s.getValue()), s.getUpdatedBy(), s.getUpdatedAt(), s.getVersion());
        }).toList();
    }

    /** Changes a rule's value within its allowed range, against the version the user saw. */
    @Transactional
    public void change(String key, int value, long version) {
        RuleKey rule = catalog.get(key);
        if (rule == null) {
            throw new NotFoundException("Rule", key);
        }
        if (value < rule.min() || value > rule.max()) {
            throw RuleViolation.onField("value", "validation.range", rule.min(), rule.max());
        }
        RuleSetting s = settings.findById(key).orElseGet(() -> new RuleSetting(key));
        ConflictException.requireVersion(version, s.getVersion(), "Rule", key);
        String before = s.getValue() == null ? String.valueOf(rule.defaultValue()) : s.getValue();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        s.change(String.valueOf(value), auth == null ? AuditTrail.SYSTEM_ACTOR : auth.getName(), Instant.now(clock));
        settings.saveAndFlush(s);
        audit.record("rule.changed", "Rule", key, key, Changes.none().field("value", before, value));
    }
}
