package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.visit.internal.CustomerQuietHoursRepository;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own quiet hours (VIS-1), kept by the agents who may know of the customer: one clock-time window,
 * changed on the version the agent saw (409 when stale), removed when both times are left empty.
 */
@Service
public class CustomerQuietHoursSettings {

    private static final String SUBJECT = "CustomerQuietHours";

    private final CustomerQuietHoursRepository hours;
    private final CustomerDirectory customers;
    private final AuditTrail audit;

    CustomerQuietHoursSettings(CustomerQuietHoursRepository hours, CustomerDirectory customers, AuditTrail audit) {
        this.hours = hours;
        this.customers = customers;
        this.audit = audit;
    }

    /** The customer's window, if any; 404 when the customer may not be known to the user. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<CustomerQuietHours> of(long customerId) {
        card(customerId);
        return hours.findById(customerId);
    }

    /** Sets (both times), or removes (neither) the window; one time without the other, or start = end, is 422. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public void change(long customerId, LocalTime from, LocalTime to, Long version) {
        CustomerCard card = card(customerId);
        Optional<CustomerQuietHours> current = hours.findById(customerId);
        if (current.isPresent()) {
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, current.get().getVersion(), SUBJECT, customerId);
        }
        String before = current.map(c -> describe(c.window())).orElse(null);
        if (from == null && to == null) {
            current.ifPresent(c -> {
                hours.delete(c);
                hours.flush();
            });
            audit.record("visit.quiet-hours-changed", SUBJECT, customerId, card.name(),
                    Changes.none().field("window", before, null));
            return;
        }
        if (from == null) {
            throw RuleViolation.onField("from", "validation.required");
        }
        if (to == null || to.equals(from)) {
            throw RuleViolation.onField("to", "visit.quiet-hours-invalid");
        }
        QuietHours.Window window = QuietHours.Window.of(from, to);
        CustomerQuietHours saved = current.orElseGet(() -> new CustomerQuietHours(customerId, window));
        saved.change(window);
        hours.saveAndFlush(saved);
        audit.record("visit.quiet-hours-changed", SUBJECT, customerId, card.name(),
                Changes.none().field("window", before, describe(window)));
    }

    private CustomerCard card(long customerId) {
        return customers.card(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    private static String describe(QuietHours.Window w) {
        return w.startTime() + "–" + w.endTime();
    }
}
