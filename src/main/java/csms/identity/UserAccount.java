package csms.identity;

import csms.shared.Role;
import csms.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in: agent, supervisor, manager, HR, administrator. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "agent_number")
    private String agentNumber;

    @Column(name = "department_id")
    private Long departmentId;

    private String email;

    @Column(nullable = false)
    private String locale = "zh-CN";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assignRoles(roles);
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw RuleViolation.onField("roles", "validation.roles.required");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void describe(String displayName, String agentNumber, Long departmentId, String email) {
        this.displayName = displayName;
        this.agentNumber = agentNumber == null || agentNumber.isBlank() ? null : agentNumber.strip();
        this.departmentId = departmentId;
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void preferLocale(String locale) {
        this.locale = locale;
    }

    SignedInUser toPrincipal() {
        return new SignedInUser(id, username, passwordHash, enabled, displayName, departmentId, agentNumber, locale,
                roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAgentNumber() {
        return agentNumber;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
