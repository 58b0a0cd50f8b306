package csms.customer;

import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds customers as the signed-in user may know them (CUS-6): a confidential record outside the user's reach is
 * "not found", exactly like a missing one. A merged-away record is known as far as its survivor is.
 */
@Component
class VisibleCustomers {

    /** Merges form chains only when a survivor is merged again; this many links is more than ever happens. */
    private static final int MAX_MERGE_LINKS = 20;

    private final CustomerRepository customers;
    private final UserAccounts users;

    VisibleCustomers(CustomerRepository customers, UserAccounts users) {
        this.customers = customers;
        this.users = users;
    }

    /** The access of the signed-in user (none outside a request). */
    CustomerAccess access() {
        return CustomerAccess.of(SignedInUser.current(), users::departmentMemberIds);
    }

    /** The record, active or merged away; 404 when it does not exist or the viewer may not know of it. */
    Customer find(long id, CustomerAccess access) {
        Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException(CustomerArchive.SUBJECT, id));
        if (!sees(access, c)) {
            throw new NotFoundException(CustomerArchive.SUBJECT, id);
        }
        return c;
    }

    /** True when the viewer may know of the record: by its own flag and owner, or its survivor's once merged. */
    boolean sees(CustomerAccess access, Customer c) {
        return survivorOf(c).map(access::sees).orElse(false);
    }

    /** The active record that holds this one's data now: itself, or the end of its merge chain. */
    Optional<Customer> survivorOf(Customer c) {
        Customer current = c;
        for (int i = 0; i < MAX_MERGE_LINKS && current != null; i++) {
            if (!current.isMerged()) {
                return Optional.of(current);
            }
            current = customers.findById(current.getMergedIntoId()).orElse(null);
        }
        return Optional.empty();
    }
}
