package csms.testing;

import csms.identity.NewUser;
import csms.identity.RunAs;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.Departments;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.system.SetupForm;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Test data through the real facades: the organisation set up once, users with unique names per call,
 * and request post-processors that act as a given user. Tests stay independent by using their own data.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test#Pass-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final OrganisationSettings organisation;
    private final UserAccounts users;
    private final Departments departments;
    private final UserDetailsService userDetails;

    Fixtures(OrganisationSettings organisation, UserAccounts users, Departments departments,
            UserDetailsService userDetails) {
        this.organisation = organisation;
        this.users = users;
        this.departments = departments;
        this.userDetails = userDetails;
    }

    /** Completes first-run setup if it is not done yet. */
    public synchronized void organisationSetUp() {
        if (!organisation.isSetUp()) {
            asSystem(() -> organisation.setUp(new SetupForm("测试机构", "客服中心", "Asia/Shanghai",
                    "setup-admin", "管理员", PASSWORD, PASSWORD)));
        }
    }

    /** A new enabled user with the given roles and a unique user name and agent number. */
    public SignedInUser user(Role... roles) {
        return user(null, roles);
    }

    /** A new user in the given department. */
    public SignedInUser user(Long departmentId, Role... roles) {
        return userWithEmail(departmentId, null, "zh-CN", roles);
    }

    /** A new user with an e-mail address and a preferred language (zh-CN or en). */
    public SignedInUser userWithEmail(Long departmentId, String email, String locale, Role... roles) {
        organisationSetUp();
        int n = SEQ.incrementAndGet();
        String username = "u" + n + "_" + Long.toString(System.nanoTime(), 36);
        UserAccount account = asSystem(() -> users.create(new NewUser(username, "用户" + n, PASSWORD,
                EnumSet.of(roles[0], roles), "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + n,
                departmentId, email)));
        if (!"zh-CN".equals(locale)) {
            asSystem(() -> {
                users.preferLocale(account.getId(), locale);
                return null;
            });
        }
        return principal(account.getUsername());
    }

    /** A new department with a unique name. */
    public long department() {
        organisationSetUp();
        return asSystem(() -> departments.create("部门" + SEQ.incrementAndGet() + "-" + System.nanoTime(), null)).getId();
    }

    /** A new team with its supervisor (who leads it, {@link #supervise}). */
    public record Team(long id, SignedInUser supervisor) {
    }

    /** A new department led by a new supervisor who belongs to it. */
    public Team team() {
        long id = department();
        SignedInUser supervisor = user(id, Role.SUPERVISOR);
        supervise(id, supervisor);
        return new Team(id, supervisor);
    }

    /** Makes the user the supervisor of the department (keeps its name). */
    public void supervise(long departmentId, SignedInUser supervisor) {
        asSystem(() -> {
            var d = departments.get(departmentId);
            return departments.update(departmentId, d.getName(), supervisor.id(), d.getVersion());
        });
    }

    public boolean userExists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }

    /** The current principal of a user (after changes to their account). */
    public SignedInUser principal(String username) {
        return (SignedInUser) userDetails.loadUserByUsername(username);
    }

    /** MockMvc: send the request as this user (session-style authentication). */
    public static RequestPostProcessor as(SignedInUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /** Runs facade code as the given user outside a request (for setting up data). */
    public static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
        return RunAs.user(user, work::get);
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return work.get();
    }
}
