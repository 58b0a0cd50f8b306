package csms.customer;

/**
 * Who may know of a customer changed (CUS-6): it became confidential or open again, a confidential customer changed
 * owner, or its owner moved to another department. When {@code confidential}, only the owner's team may see it and
 * what belongs to it — the members of {@code ownerDepartmentId} (its supervisors included) and department managers
 * and above; with no owner department (unassigned, or an owner in no department) supervisors and above only.
 * Open customers are visible to every agent. A record merged away is announced with its survivor's state.
 */
public record CustomerVisibilityChanged(long customerId, boolean confidential, Long ownerId, Long ownerDepartmentId) {
}
