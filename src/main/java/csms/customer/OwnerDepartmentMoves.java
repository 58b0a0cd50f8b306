package csms.customer;

import csms.customer.internal.CustomerRepository;
import csms.identity.UserAccessChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a user's department may have changed, the team that sees their confidential customers may have too: each of
 * them is announced again ({@link CustomerVisibilityChanged}), in the same transaction as the user's change.
 * Listeners take the announcement as the current state, so a repeat (a role or password change) does no harm.
 */
@Component
class OwnerDepartmentMoves {

    private final CustomerRepository customers;
    private final VisibilityAnnouncements announcements;

    OwnerDepartmentMoves(CustomerRepository customers, VisibilityAnnouncements announcements) {
        this.customers = customers;
        this.announcements = announcements;
    }

    @EventListener
    void on(UserAccessChanged event) {
        customers.confidentialOwnedBy(event.userId()).forEach(announcements::announce);
    }
}
