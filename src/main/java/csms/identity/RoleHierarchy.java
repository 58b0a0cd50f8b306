package csms.identity;

import csms.shared.Role;
import java.util.Map;
import java.util.Set;

/**
 * Which roles include which: managers include supervisors, supervisors include agents. HR and ADMIN stand
 * apart: an administrator manages accounts but does not read customer data by virtue of the role.
 */
public final class RoleHierarchy {

    private static final Map<Role, Set<Role>> INCLUDES = Map.of(
            Role.DIRECTOR, Set.of(Role.DIRECTOR, Role.GENERAL_MANAGER, Role.DEPT_MANAGER, Role.SUPERVISOR, Role.AGENT),
            Role.GENERAL_MANAGER, Set.of(Role.GENERAL_MANAGER, Role.DEPT_MANAGER, Role.SUPERVISOR, Role.AGENT),
            Role.DEPT_MANAGER, Set.of(Role.DEPT_MANAGER, Role.SUPERVISOR, Role.AGENT),
            Role.SUPERVISOR, Set.of(Role.SUPERVISOR, Role.AGENT),
            Role.AGENT, Set.of(Role.AGENT),
            Role.HR, Set.of(Role.HR),
            Role.ADMIN, Set.of(Role.ADMIN));

    private RoleHierarchy() {
    }

    public static boolean includes(Role held, Role required) {
        return INCLUDES.get(held).contains(required);
    }

    /** The hierarchy in Spring Security's notation. */
    public static String asSpringExpression() {
        return """
                ROLE_DIRECTOR > ROLE_GENERAL_MANAGER
                ROLE_GENERAL_MANAGER > ROLE_DEPT_MANAGER
                ROLE_DEPT_MANAGER > ROLE_SUPERVISOR
                ROLE_SUPERVISOR > ROLE_AGENT
                """;
    }
}
