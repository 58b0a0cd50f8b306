package csms.system;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import csms.system.internal.OrganisationRepository;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** First-run setup and the organisation's name, service centre and time zone. */
@Service
public class OrganisationSettings {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final OrganisationRepository organisations;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final Clock clock;
    /** Cache of "setup done", which never goes back to false once true. */
    private final AtomicReference<Boolean> setupDone = new AtomicReference<>(false);
    private static final java.time.Duration ZONE_CACHE = java.time.Duration.ofMinutes(1);
    private final AtomicReference<CachedZone> cachedZone = new AtomicReference<>();

    OrganisationSettings(OrganisationRepository organisations, UserAccounts users, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** True once the organisation and first administrator exist. */
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        if (setupDone.get()) {
            return true;
        }
        boolean done = organisations.existsById(Organisation.SINGLETON_ID) && users.anyUserExists();
        if (done) {
            setupDone.set(true);
        }
        return done;
    }

    /** Creates the organisation and first administrator; refused once setup is done. */
    @Transactional
    public Organisation setUp(SetupForm form) {
        if (isSetUp() || organisations.existsById(Organisation.SINGLETON_ID)) {
            throw new ConflictException("setup.already-done");
        }
        if (!form.adminPassword().equals(form.adminPasswordRepeat())) {
            throw RuleViolation.onField("adminPasswordRepeat", "validation.password.mismatch");
        }
        ZoneId zone = zone(form.timeZone());
        Organisation org = organisations.save(new Organisation(form.organisationName(), form.serviceCentreName(), zone,
                Instant.now(clock)));
        users.createFirstAdministrator(form.adminUsername(), form.adminDisplayName(), form.adminPassword());
        cachedZone.set(null);
        audit.recordAs(form.adminUsername().strip(), "setup.completed", "Organisation", Organisation.SINGLETON_ID,
                org.getName(), null);
        return org;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> current() {
        return organisations.findById(Organisation.SINGLETON_ID);
    }

    /**
     * The organisation's time zone. Pages format many times per request, so the zone is kept for a minute
     * (a change on this node applies at once; on other nodes within that minute) instead of a query per value.
     */
    public ZoneId zone() {
        CachedZone cached = cachedZone.get();
        Instant now = Instant.now(clock);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.zone();
        }
        ZoneId fresh = current().map(Organisation::getZone).orElse(DEFAULT_ZONE);
        cachedZone.set(new CachedZone(fresh, now.plus(ZONE_CACHE)));
        return fresh;
    }

    private record CachedZone(ZoneId zone, Instant until) {
    }

    @Transactional
    public Organisation update(String name, String serviceCentreName, String timeZone, long version) {
        Organisation org = current().orElseThrow(() -> new ConflictException("setup.not-done"));
        ConflictException.requireVersion(version, org.getVersion(), "Organisation", 1);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw RuleViolation.onField("name", "validation.required");
        }
        if (serviceCentreName == null || serviceCentreName.isBlank() || serviceCentreName.length() > 100) {
            throw RuleViolation.onField("serviceCentreName", "validation.required");
        }
        ZoneId zone = zone(timeZone);
        Changes changes = Changes.none().field("name", org.getName(), name.strip())
                .field("serviceCentreName", org.getServiceCentreName(), serviceCentreName.strip())
                .field("timeZone", org.getTimeZone(), zone.getId());
        org.describe(name, serviceCentreName, zone);
        organisations.saveAndFlush(org);
        cachedZone.set(null);
        audit.record("organisation.updated", "Organisation", 1, org.getName(), changes);
        return org;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw RuleViolation.onField("timeZone", "validation.time-zone", String.valueOf(id));
        }
    }
}
