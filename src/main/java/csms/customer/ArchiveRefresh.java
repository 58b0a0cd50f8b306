package csms.customer;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.CustomerRepository;
import csms.shared.ConflictException;
import csms.system.RuleSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly information refresh of the archive (CUS-2): a record not updated or confirmed within the configured
 * number of days is due; its owner confirms it is still current (or edits it), which resets the clock.
 */
@Service
public class ArchiveRefresh {

    private final CustomerRepository customers;
    private final VisibleCustomers visible;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;

    ArchiveRefresh(CustomerRepository customers, VisibleCustomers visible, RuleSettings rules, AuditTrail audit,
            Clock clock) {
        this.customers = customers;
        this.visible = visible;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records last updated before this instant are due for their refresh. */
    @Transactional(readOnly = true)
    public Instant cutoff() {
        return Instant.now(clock).minus(Duration.ofDays(rules.value(ArchiveRules.REFRESH_DAYS)));
    }

    /** How many of the owner's customers are due for their refresh. */
    @Transactional(readOnly = true)
    public long dueCount(long ownerId) {
        return customers.countByOwnerIdAndMergedIntoIdIsNullAndUpdatedAtBefore(ownerId, cutoff());
    }

    /** The editor confirms the record is still current, against the version they saw; audited. */
    @Transactional
    public void confirmCurrent(long id, long version) {
        CustomerAccess access = visible.access();
        Customer c = visible.find(id, access);
        if (c.isMerged()) {
            throw new CustomerMergedAway(id, c.getMergedIntoId());
        }
        access.requireEdit(c.getOwnerId());
        ConflictException.requireVersion(version, c.getVersion(), CustomerArchive.SUBJECT, id);
        Instant before = c.getUpdatedAt();
        c.touch(Instant.now(clock));
        customers.saveAndFlush(c);
        audit.record("customer.refreshed", CustomerArchive.SUBJECT, id, c.getName(),
                Changes.none().field("updatedAt", before, c.getUpdatedAt()));
    }
}
