package csms.workforce;

/** A person to choose in the staff forms. */
public record StaffMember(long id, String name, Long departmentId) {
}
