package csms.identity.web;

import csms.identity.UserAccount;
import java.util.List;

/** The signed-in user's own profile. */
record MeView(long id, String username, String displayName, String agentNumber, Long departmentId,
        String departmentName, String email, List<String> roles, String locale) {

    static MeView of(UserAccount u, String departmentName) {
        return new MeView(u.getId(), u.getUsername(), u.getDisplayName(), u.getAgentNumber(), u.getDepartmentId(),
                departmentName, u.getEmail(), u.getRoles().stream().map(Enum::name).toList(), u.getLocale());
    }
}
