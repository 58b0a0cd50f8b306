package csms.identity;

import csms.shared.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in user (web session or API token), with what object-level checks need. */
public class SignedInUser extends User {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String displayName;
    private final Long departmentId;
    private final String agentNumber;
    private final String locale;
    private final EnumSet<Role> roles;

    public SignedInUser(long id, String username, String passwordHash, boolean enabled, String displayName,
            Long departmentId, String agentNumber, String locale, Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.id = id;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.agentNumber = agentNumber;
        this.locale = locale;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** The signed-in user of the current request, or null outside a request. */
    public static SignedInUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser u ? u : null;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Long departmentId() {
        return departmentId;
    }

    public String agentNumber() {
        return agentNumber;
    }

    public String locale() {
        return locale;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** True when the user holds the role directly or a role above it in the hierarchy. */
    public boolean hasAtLeast(Role role) {
        return roles.stream().anyMatch(r -> RoleHierarchy.includes(r, role));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
