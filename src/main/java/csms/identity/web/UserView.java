package csms.identity.web;

import csms.identity.UserAccount;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password hash. */
record UserView(long id, String username, String displayName, String agentNumber, Long departmentId, String email,
        List<String> roles, boolean enabled, String locale, Instant createdAt, long version) {

    static UserView of(UserAccount u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getAgentNumber(), u.getDepartmentId(),
                u.getEmail(), u.getRoles().stream().map(Enum::name).toList(), u.isEnabled(), u.getLocale(),
                u.getCreatedAt(), u.getVersion());
    }
}
