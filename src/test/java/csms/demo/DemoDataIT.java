package csms.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import csms.customer.CustomerArchive;
import csms.customer.CustomerFilter;
import csms.customer.CustomerGrade;
import csms.customer.CustomerGrades;
import csms.customer.CustomerRow;
import csms.customer.FirstContactDuties;
import csms.customer.FirstContactOverview;
import csms.demo.DemoPlan.StaffMember;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo data set, loaded at start-up by the profile "demo" into its own empty database (its own Spring
 * context), so unlike other integration tests these may count globally.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DemoDataIT {

    @Autowired
    DemoLoader loader;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerGrades grades;
    @Autowired
    FirstContactDuties duties;
    @Autowired
    Departments departments;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void setsUpTheDemoOrganisation() {
        assertThat(organisation.current()).hasValueSatisfying(o -> {
            assertThat(o.getName()).isEqualTo(loader.plan().organisationName());
            assertThat(o.getZone().getId()).isEqualTo("Asia/Shanghai");
        });
    }

    @Test
    void loadsTwoHundredSearchableCustomersOfEveryGrade() {
        SignedInUser manager = login(Role.DEPT_MANAGER);
        assertThat(list(manager, CustomerFilter.all()).getTotalElements()).isEqualTo(200);
        for (CustomerGrade g : grades.all()) {
            var filter = new CustomerFilter(null, g.getId(), null, null, null, null, false, null);
            assertThat(list(manager, filter).getTotalElements()).as("grade %s", g.getCode()).isPositive();
        }
        CustomerRow some = list(manager, CustomerFilter.all()).getContent().get(7);
        assertThat(list(manager, CustomerFilter.text(some.name())).getContent())
                .extracting(CustomerRow::id).contains(some.id());
        assertThat(count("select count(*) from customer where kind = 'ORGANISATION'")).isPositive();
        assertThat(count("select count(*) from customer_contact_person")).isPositive();
        assertThat(count("select count(*) from customer where important_agreement and account_manager_id is not null"))
                .isPositive();
        assertThat(count("select count(*) from customer where important_agreement and account_manager_id is null"))
                .isZero();
        assertThat(count("select count(*) from customer where big_customer")).isPositive();
        assertThat(count("select count(*) from customer where member")).isPositive();
    }

    @Test
    void createsTheLoginsOfEveryRoleInTwoTeamsWithSupervisors() {
        Map<String, Long> perRole = jdbc.sql("select role, count(*) from app_user_role group by role")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(perRole).containsEntry("ADMIN", 1L).containsEntry("DIRECTOR", 1L)
                .containsEntry("GENERAL_MANAGER", 1L).containsEntry("DEPT_MANAGER", 1L).containsEntry("HR", 1L)
                .containsEntry("SUPERVISOR", 2L).containsEntry("AGENT", 8L);
        List<Department> teams = departments.all();
        assertThat(teams).extracting(Department::getName).containsExactlyInAnyOrderElementsOf(loader.plan().teams());
        Map<Long, SignedInUser> supervisors = loader.plan().staff().stream().filter(s -> s.role() == Role.SUPERVISOR)
                .map(s -> principal(s.username())).collect(Collectors.toMap(SignedInUser::id, Function.identity()));
        for (Department d : teams) {
            assertThat(supervisors.get(d.getSupervisorId())).as(d.getName()).isNotNull()
                    .satisfies(s -> assertThat(s.departmentId()).isEqualTo(d.getId()));
        }
        assertThat(principal("agent1001").agentNumber()).isEqualTo("1001");
    }

    @Test
    void assignsMostCustomersAndLeavesSomeFirstContactsOverdueAndSomeDueSoon() {
        assertThat(count("select count(*) from customer where owner_id is not null")).isGreaterThan(150);
        assertThat(count("select count(*) from customer where owner_id is null")).isPositive();
        assertThat(count("select count(*) from customer_contact")).isPositive();
        long overdue = 0;
        for (StaffMember s : loader.plan().staff().stream().filter(s -> s.role() == Role.SUPERVISOR).toList()) {
            FirstContactOverview o = Fixtures.as(principal(s.username()),
                    () -> duties.overview(null, PageQuery.of(0, 100, null)));
            overdue += o.totalOverdue();
            assertThat(o.totalAwaiting()).isPositive();
        }
        assertThat(overdue).isPositive();
        assertThat(count("select count(*) from customer where first_contact_overdue_at is not null")).isEqualTo(overdue);
        Instant now = Instant.now();
        long dueSoon = jdbc.sql("select count(*) from customer where first_contacted_at is null"
                + " and first_contact_due_at > :now and first_contact_due_at < :soon")
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .param("soon", now.plus(Duration.ofDays(2)).atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single();
        assertThat(dueSoon).isPositive();
    }

    @Test
    void auditsWhatTheLoaderDidInTheNameOfTheStaff() {
        assertThat(count("select count(*) from audit_entry where action = 'customer.registered' and actor = 'sup1'"))
                .isPositive();
        assertThat(count("select count(*) from audit_entry where action = 'user.created' and actor = 'admin'"))
                .isEqualTo(loader.plan().staff().size() - 1);
        assertThat(count("select count(*) from audit_entry where action = 'customer.first-contact-overdue'"))
                .isPositive();
    }

    @Test
    void theAdministratorSignsInWithTheDemoPassword() throws Exception {
        String admin = loader.plan().administrator().username();
        mvc.perform(formLogin("/login").user(admin).password(loader.plan().password()))
                .andExpect(authenticated().withUsername(admin));
        mvc.perform(formLogin("/login").user(admin).password(loader.plan().password() + "x"))
                .andExpect(unauthenticated());
    }

    @Test
    void aSecondRunCreatesNothing() {
        long customers = count("select count(*) from customer");
        long users = count("select count(*) from app_user");
        long audit = count("select count(*) from audit_entry");
        assertThat(loader.load()).isFalse();
        assertThat(count("select count(*) from customer")).isEqualTo(customers);
        assertThat(count("select count(*) from app_user")).isEqualTo(users);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audit);
    }

    private org.springframework.data.domain.Page<CustomerRow> list(SignedInUser user, CustomerFilter filter) {
        return Fixtures.as(user, () -> archive.list(filter, PageQuery.of(0, 20, null)));
    }

    private SignedInUser login(Role role) {
        return principal(loader.plan().staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow().username());
    }

    private SignedInUser principal(String username) {
        return (SignedInUser) userDetails.loadUserByUsername(username);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
