package csms.identity;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.internal.DepartmentRepository;
import csms.identity.internal.UserAccountRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, disabling users; who belongs to whose team. Every change is audited. */
@Service
public class UserAccounts {

    static final Set<String> SORTS = Set.of("username", "displayName", "agentNumber", "createdAt");
    /** The languages a user can choose. */
    public static final Set<String> LOCALES = Set.of("zh-CN", "en");
    private static final Set<Role> SUPERVISING = EnumSet.of(Role.SUPERVISOR, Role.DEPT_MANAGER, Role.GENERAL_MANAGER,
            Role.DIRECTOR);

    private final UserAccountRepository users;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(UserAccountRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** True once any user exists: first-run setup is then closed for good. */
    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    /** Creates the first administrator during first-run setup; refused once any user exists. */
    @Transactional
    public UserAccount createFirstAdministrator(String username, String displayName, String password) {
        if (users.count() > 0) {
            throw new ConflictException("setup.already-done");
        }
        return create(new NewUser(username, displayName, password, EnumSet.of(Role.ADMIN), null, null, null));
    }

    /** Creates a user with an initial password that passes the {@link PasswordPolicy}. */
    @Transactional
    public UserAccount create(NewUser command) {
        String username = command.username().strip();
        if (users.existsByUsername(username)) {
            throw RuleViolation.onField("username", "validation.username.taken", username);
        }
        requireFreeAgentNumber(command.agentNumber(), null);
        requireDepartment(command.departmentId());
        PasswordPolicy.check(command.password(), username);
        UserAccount user = new UserAccount(username, command.displayName().strip(),
                passwordEncoder.encode(command.password()), command.roles(), Instant.now(clock));
        user.describe(command.displayName().strip(), command.agentNumber(), command.departmentId(), command.email());
        users.save(user);
        audit.record("user.created", "User", user.getId(), username,
                Changes.none().field("roles", null, sortedRoles(user.getRoles()))
                        .field("agentNumber", null, user.getAgentNumber())
                        .field("departmentId", null, user.getDepartmentId()));
        if (user.getDepartmentId() != null) {
            events.publishEvent(new TeamChanged(user.getId(), user.getDepartmentId(), user.getCreatedAt()));
        }
        return user;
    }

    /** Changes a user against the version the administrator saw; new roles or department end the user's sessions. */
    @Transactional
    public UserAccount update(long id, UserChanges command) {
        UserAccount user = get(id);
        ConflictException.requireVersion(command.version(), user.getVersion(), "User", id);
        if (command.roles() == null || command.roles().isEmpty()) {
            throw RuleViolation.onField("roles", "validation.roles.required");
        }
        SignedInUser actor = SignedInUser.current();
        if (actor != null && actor.id() == id && user.getRoles().contains(Role.ADMIN) && !command.roles().contains(Role.ADMIN)) {
            throw RuleViolation.onField("roles", "identity.user.cannot-drop-own-admin");
        }
        requireFreeAgentNumber(command.agentNumber(), user.getAgentNumber());
        requireDepartment(command.departmentId());
        Changes changes = Changes.none()
                .field("displayName", user.getDisplayName(), command.displayName())
                .field("agentNumber", user.getAgentNumber(), command.agentNumber())
                .field("departmentId", user.getDepartmentId(), command.departmentId())
                .field("email", user.getEmail(), command.email())
                .field("roles", sortedRoles(user.getRoles()), sortedRoles(command.roles()));
        boolean teamChanged = !java.util.Objects.equals(user.getDepartmentId(), command.departmentId());
        boolean accessChanged = !user.getRoles().equals(EnumSet.copyOf(command.roles())) || teamChanged;
        user.describe(command.displayName().strip(), command.agentNumber(), command.departmentId(), command.email());
        user.assignRoles(command.roles());
        users.saveAndFlush(user);
        audit.record(accessChanged ? "user.access-changed" : "user.updated", "User", id, user.getUsername(), changes);
        if (teamChanged && user.isEnabled()) { // first: a refused transfer date ends nobody's sessions
            events.publishEvent(new TeamChanged(id, user.getDepartmentId(), Instant.now(clock), command.teamFrom()));
        }
        if (accessChanged) {
            events.publishEvent(new UserAccessChanged(id, user.getUsername()));
        }
        return user;
    }

    /** Disables a user (never oneself); their sessions end at once and their API tokens stop working. */
    @Transactional
    public void disable(long id, long byUserId) {
        if (id == byUserId) {
            throw new RuleViolation("user.cannot-disable-self");
        }
        UserAccount user = get(id);
        if (!user.isEnabled()) {
            return;
        }
        user.disable();
        audit.record("user.disabled", "User", id, user.getUsername(), Changes.none().field("enabled", true, false));
        events.publishEvent(new UserDisabled(id, user.getUsername()));
        if (user.getDepartmentId() != null) {
            events.publishEvent(new TeamChanged(id, null, Instant.now(clock)));
        }
    }

    @Transactional
    public void enable(long id) {
        UserAccount user = get(id);
        if (user.isEnabled()) {
            return;
        }
        user.enable();
        audit.record("user.enabled", "User", id, user.getUsername(), Changes.none().field("enabled", false, true));
        if (user.getDepartmentId() != null) {
            events.publishEvent(new TeamChanged(id, user.getDepartmentId(), Instant.now(clock)));
        }
    }

    /** An administrator sets a new password; the user's sessions end. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount user = get(id);
        PasswordPolicy.check(newPassword, user.getUsername());
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record("user.password-reset", "User", id, user.getUsername(), null);
        events.publishEvent(new UserAccessChanged(id, user.getUsername()));
    }

    /** The user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserAccount user = get(id);
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "validation.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, user.getUsername());
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record("user.password-changed", "User", id, user.getUsername(), null);
    }

    /** Stores the user's language (zh-CN or en), applied at each sign-in. */
    @Transactional
    public void preferLocale(long id, String locale) {
        if (!LOCALES.contains(locale)) {
            throw RuleViolation.onField("locale", "validation.locale", locale);
        }
        UserAccount user = get(id);
        if (!locale.equals(user.getLocale())) {
            audit.record("user.language-changed", "User", id, user.getUsername(),
                    Changes.none().field("locale", user.getLocale(), locale));
            user.preferLocale(locale);
        }
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String q, Long departmentId, Boolean enabled, PageQuery page) {
        return users.search(containsPattern(q), departmentId, enabled, page.toPageable(SORTS, Sort.by("username")));
    }

    /** Active users who can own customers and take work: agents and supervisors. */
    @Transactional(readOnly = true)
    public List<UserAccount> activeAgents() {
        return users.activeWithAnyRole(EnumSet.of(Role.AGENT, Role.SUPERVISOR));
    }

    /** Enabled users who may lead a department: supervisors and the roles above them. */
    @Transactional(readOnly = true)
    public List<UserAccount> supervisorCandidates() {
        return users.activeWithAnyRole(SUPERVISING);
    }

    /** Enabled users holding any of the roles directly (e.g. the managers to alert of a crisis event). */
    @Transactional(readOnly = true)
    public List<UserAccount> activeWithAnyRole(Set<Role> roles) {
        return roles.isEmpty() ? List.of() : users.activeWithAnyRole(roles);
    }

    /** Ids of the members of a department, for team-level visibility. */
    @Transactional(readOnly = true)
    public Set<Long> departmentMemberIds(Long departmentId) {
        return departmentId == null ? Set.of() : Set.copyOf(users.idsInDepartment(departmentId));
    }

    /** Display names by id, loaded in one query (no N+1 in lists). */
    @Transactional(readOnly = true)
    public Map<Long, UserAccount> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(Set.copyOf(ids)).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
    }

    /** A lower-case LIKE pattern for "contains the text", with the wildcards in the text taken literally. */
    static String containsPattern(String q) {
        if (q == null || q.isBlank()) {
            return "%";
        }
        String literal = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private void requireFreeAgentNumber(String agentNumber, String current) {
        if (agentNumber != null && !agentNumber.isBlank() && !agentNumber.strip().equals(current)
                && users.existsByAgentNumber(agentNumber.strip())) {
            throw RuleViolation.onField("agentNumber", "validation.agent-number.taken", agentNumber);
        }
    }

    private void requireDepartment(Long departmentId) {
        if (departmentId != null && !departments.existsById(departmentId)) {
            throw RuleViolation.onField("departmentId", "validation.department.unknown", departmentId);
        }
    }

    private static String sortedRoles(Collection<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
