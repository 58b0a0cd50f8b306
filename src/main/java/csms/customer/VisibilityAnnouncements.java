package csms.customer;

import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link CustomerVisibilityChanged} when a change moves who may know of a customer: its confidentiality,
 * or the owner of a confidential one. Other modules keep their copies of "who may see this customer's data" by it.
 */
@Component
class VisibilityAnnouncements {

    /** What decided the visibility before a change. */
    record Before(boolean confidential, Long ownerId) {

        static Before of(Customer c) {
            return new Before(c.isConfidential(), c.getOwnerId());
        }

        /** A record that did not exist: as an open one, nobody's. */
        static Before none() {
            return new Before(false, null);
        }
    }

    private final UserAccounts users;
    private final ApplicationEventPublisher events;

    VisibilityAnnouncements(UserAccounts users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** Announces the customer's visibility if the change moved it. */
    void afterChange(Customer c, Before before) {
        afterChange(c.getId(), before, c);
    }

    /** Announces the visibility of a record whose data is now held by {@code holder} (itself, or a merge survivor). */
    void afterChange(long customerId, Before before, Customer holder) {
        boolean moved = before.confidential() != holder.isConfidential()
                || holder.isConfidential() && !Objects.equals(before.ownerId(), holder.getOwnerId());
        if (moved) {
            announce(customerId, holder);
        }
    }

    /** Announces the customer's current visibility, changed or not (e.g. after its owner changed department). */
    void announce(Customer c) {
        announce(c.getId(), c);
    }

    private void announce(long customerId, Customer holder) {
        Long ownerId = holder.getOwnerId();
        UserAccount owner = ownerId == null ? null : users.byIds(Set.of(ownerId)).get(ownerId);
        events.publishEvent(new CustomerVisibilityChanged(customerId, holder.isConfidential(), ownerId,
                owner == null ? null : owner.getDepartmentId()));
    }
}
