package csms.demo;

import csms.customer.ContactRecords;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.customer.CustomerGrades;
import csms.customer.FirstContactDuties;
import csms.demo.DemoStaff.Staffing;
import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set at start-up with the Spring profile {@code demo}, on an empty database only: the
 * organisation, its teams and logins, and a few hundred customers with assignments and first-contact duties, all
 * through the real facades (rules, audit trail, search index). On a database already set up it does nothing.
 */
@Component
@Profile("demo")
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final OrganisationSettings organisation;
    private final UserAccounts users;
    private final DemoStaff staff;
    private final DemoCustomers customers;
    private final DemoPlan plan = DemoPlan.standard();

    DemoLoader(OrganisationSettings organisation, UserAccounts users, Departments departments,
            CustomerArchive archive, CustomerGrades grades, CustomerAssignment assignment, ContactRecords contacts,
            FirstContactDuties duties, JdbcClient jdbc, UserDetailsService userDetails, Clock clock) {
        DemoActor actor = new DemoActor(userDetails);
        this.organisation = organisation;
        this.users = users;
        this.staff = new DemoStaff(organisation, users, departments, actor);
        this.customers = new DemoCustomers(archive, grades, assignment, contacts, duties, jdbc, actor, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the data set unless the organisation is set up already; true when it loaded. */
    public synchronized boolean load() {
        if (organisation.isSetUp() || users.anyUserExists()) {
            boolean earlierDemo = organisation.current().map(Organisation::getName)
                    .filter(plan.organisationName()::equals).isPresent();
            log.info("Demo data: the organisation is already set up, so nothing is loaded{}",
                    earlierDemo ? " (it is the demo organisation of an earlier run)" : "");
            if (earlierDemo) {
                logLogins();
            }
            return false;
        }
        long started = System.nanoTime();
        Staffing staffing = staff.create(plan);
        int overdue = customers.create(plan, staffing);
        log.info("Demo data loaded in {} ms: {} logins, {} customers, {} first contacts overdue",
                (System.nanoTime() - started) / 1_000_000, plan.staff().size(), plan.customers(), overdue);
        logLogins();
        return true;
    }

    /** The demo plan: who can sign in, with which password. */
    public DemoPlan plan() {
        return plan;
    }

    private void logLogins() {
        StringBuilder table = new StringBuilder("Demo logins (password for all: ").append(plan.password()).append(")\n");
        table.append("%-12s %-16s %-9s %s%n".formatted("user name", "role", "agent no.", "name"));
        plan.staff().forEach(s -> table.append("%-12s %-16s %-9s %s%n".formatted(s.username(), s.role(),
                s.agentNumber() == null ? "" : s.agentNumber(), s.displayName())));
        log.info("{}", table.toString().stripTrailing());
    }
}
