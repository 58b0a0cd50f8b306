package csms.customer;

/** A customer of a segment as a job that plans work for it needs it: who, which kind, whose customer. */
public record SegmentMember(long id, String name, CustomerKind kind, Long ownerId, Long ownerDepartmentId) {
}
