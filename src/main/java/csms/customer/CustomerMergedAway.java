package csms.customer;

import csms.shared.NotFoundException;

/** The record was merged into another (CUS-4): it is gone as such, and the survivor is where its data lives. */
public class CustomerMergedAway extends NotFoundException {

    private final long customerId;
    private final long survivorId;

    public CustomerMergedAway(long customerId, long survivorId) {
        super(CustomerArchive.SUBJECT, customerId);
        this.customerId = customerId;
        this.survivorId = survivorId;
    }

    public long customerId() {
        return customerId;
    }

    public long survivorId() {
        return survivorId;
    }
}
