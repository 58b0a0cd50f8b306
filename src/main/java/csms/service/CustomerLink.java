package csms.service;

import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.customer.CustomerVisibilityChanged;
import csms.customer.CustomersMerged;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the service module needs to know of a customer, from the customer archive's directory, and the listener
 * that keeps the requests' copies current: a confidential customer's requests follow its owner's team (CUS-6),
 * a merged duplicate's requests move to the survivor.
 */
@Component
class CustomerLink {

    /** Restriction of a confidential customer without an owner's department: only managers (and the assignee). */
    static final long NO_DEPARTMENT = 0L;

    private final CustomerDirectory directory;
    private final ServiceRequestRepository requests;

    CustomerLink(CustomerDirectory directory, ServiceRequestRepository requests) {
        this.directory = directory;
        this.requests = requests;
    }

    /** The customer's facts for a new request; 404 when the customer does not exist or may not be seen. */
    CustomerFacts facts(long customerId) {
        CustomerCard c = directory.card(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        return new CustomerFacts(c.id(), c.name(), rank(c), restriction(c.confidential(), c.ownerDepartmentId()));
    }

    @EventListener
    void on(CustomerVisibilityChanged e) {
        Long restricted = restriction(e.confidential(), e.ownerDepartmentId());
        requests.restrict(e.customerId(), restricted);
    }

    @EventListener
    void on(CustomersMerged e) {
        requests.moveToCustomer(e.duplicateId(), e.survivorId());
        requests.restrict(e.survivorId(), directory.isConfidential(e.survivorId())
                ? restriction(true, directory.restrictedDepartmentOf(e.survivorId())) : null);
    }

    static int rank(CustomerCard c) {
        return c.importantAgreement() ? 2 : c.bigCustomer() ? 1 : 0;
    }

    private static Long restriction(boolean confidential, Long ownerDepartmentId) {
        if (!confidential) {
            return null;
        }
        return ownerDepartmentId == null ? NO_DEPARTMENT : ownerDepartmentId;
    }
}
