package csms.shared;

/** The roles a user can hold; a higher role includes the rights of the roles below it (see the role hierarchy). */
public enum Role {
    AGENT,
    SUPERVISOR,
    DEPT_MANAGER,
    GENERAL_MANAGER,
    DIRECTOR,
    HR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
