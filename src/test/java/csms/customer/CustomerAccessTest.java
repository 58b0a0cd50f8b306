package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CustomerAccessTest {

    private static final long ME = 10;
    private static final long TEAMMATE = 11;
    private static final long STRANGER = 99;
    private static final long DEPARTMENT = 5;

    @Test
    void agentSeesOnlyOwnCustomersInFull() {
        CustomerAccess agent = access(Role.AGENT);
        assertThat(agent.seesInFull(ME)).isTrue();
        assertThat(agent.seesInFull(TEAMMATE)).isFalse();
        assertThat(agent.seesInFull(null)).isFalse();
        assertThat(agent.mayRegister()).isTrue();
        assertThat(agent.mayReview()).isFalse();
    }

    @Test
    void supervisorSeesTeamAndUnassignedInFull() {
        CustomerAccess supervisor = access(Role.SUPERVISOR);
        assertThat(supervisor.seesInFull(TEAMMATE)).isTrue();
        assertThat(supervisor.seesInFull(null)).isTrue();
        assertThat(supervisor.seesInFull(ME)).isTrue();
        assertThat(supervisor.seesInFull(STRANGER)).isFalse();
        assertThat(supervisor.mayReview()).isTrue();
    }

    @Test
    void departmentManagerAndAboveSeeEverything() {
        for (Role r : new Role[] { Role.DEPT_MANAGER, Role.GENERAL_MANAGER, Role.DIRECTOR }) {
            assertThat(access(r).seesInFull(STRANGER)).as(r.name()).isTrue();
        }
    }

    @Test
    void hrAdministratorsAndAnonymousSeeOnlyMaskedData() {
        for (Role r : new Role[] { Role.HR, Role.ADMIN }) {
            CustomerAccess a = access(r);
            assertThat(a.seesInFull(ME)).isFalse();
            assertThat(a.seesInFull(null)).isFalse();
            assertThat(a.mayRegister()).isFalse();
        }
        assertThat(CustomerAccess.of(null, d -> Set.of()).seesInFull(null)).isFalse();
    }

    @Test
    void teamIsLookedUpOnlyWhenNeededAndOnce() {
        AtomicInteger lookups = new AtomicInteger();
        CustomerAccess supervisor = CustomerAccess.of(user(Role.SUPERVISOR), d -> {
            lookups.incrementAndGet();
            return Set.of(TEAMMATE);
        });
        supervisor.seesInFull(null);
        assertThat(lookups).hasValue(0);
        supervisor.seesInFull(TEAMMATE);
        supervisor.seesInFull(STRANGER);
        assertThat(lookups).hasValue(1);
        assertThat(access(Role.AGENT).seesInFull(TEAMMATE)).isFalse();
    }

    @Test
    void agentMayNotChangeFlagsButMayKeepThem() {
        Customer big = CustomerFixtures.customer(1, CustomerTestData.person("大", "13812345678"));
        big.flag(false, true, false, null);
        CustomerAccess agent = access(Role.AGENT);
        NewCustomer same = CustomerTestData.bigCustomer("大", "13812345678");
        agent.requireReviewOf(big, same);
        assertThatThrownBy(() -> agent.requireReviewOf(null, same)).isInstanceOf(AccessDeniedException.class);
        access(Role.SUPERVISOR).requireReviewOf(null, same);
    }

    // --- confidential customers (CUS-6) ---

    @Test
    void aConfidentialCustomerIsKnownOnlyToTheOwnersTeamAndManagers() {
        for (Role r : new Role[] { Role.AGENT, Role.SUPERVISOR }) {
            CustomerAccess a = access(r);
            assertThat(a.sees(true, ME)).as(r.name()).isTrue();
            assertThat(a.sees(true, TEAMMATE)).as(r.name()).isTrue();
            assertThat(a.sees(true, STRANGER)).as(r.name()).isFalse();
            assertThat(a.sees(false, STRANGER)).as("open customers: %s", r).isTrue();
        }
        for (Role r : new Role[] { Role.DEPT_MANAGER, Role.GENERAL_MANAGER, Role.DIRECTOR }) {
            assertThat(access(r).sees(true, STRANGER)).as(r.name()).isTrue();
            assertThat(access(r).sees(true, null)).as(r.name()).isTrue();
        }
    }

    @Test
    void anUnassignedConfidentialCustomerIsKnownToSupervisorsAndAboveButNoAgent() {
        assertThat(access(Role.AGENT).sees(true, null)).isFalse();
        assertThat(access(Role.SUPERVISOR).sees(true, null)).isTrue();
        assertThat(access(Role.AGENT).sees(false, null)).isTrue();
    }

    @Test
    void rolesWithoutCustomerRightsNeverKnowAConfidentialCustomer() {
        for (Role r : new Role[] { Role.HR, Role.ADMIN }) {
            assertThat(access(r).sees(true, ME)).as(r.name()).isFalse();
            assertThat(access(r).sees(false, ME)).as(r.name()).isTrue();
        }
        assertThat(CustomerAccess.of(null, d -> Set.of()).sees(true, null)).isFalse();
    }

    @Test
    void theReachOfTheQueriesFollowsTheSameRule() {
        var agent = access(Role.AGENT).reach();
        assertThat(agent.everything()).isFalse();
        assertThat(agent.unassigned()).isFalse();
        assertThat(agent.owners()).containsExactlyInAnyOrder(ME, TEAMMATE);
        assertThat(access(Role.SUPERVISOR).reach().unassigned()).isTrue();
        assertThat(access(Role.DEPT_MANAGER).reach().everything()).isTrue();
        assertThat(access(Role.HR).reach().owners()).as("an IN list is never empty").containsExactly(-1L);
    }

    @Test
    void anAgentMayNotChangeConfidentialityButMayLeaveItOut() {
        Customer secret = CustomerFixtures.customer(1, CustomerTestData.person("密", "13812345678"));
        secret.markConfidential(true);
        CustomerAccess agent = access(Role.AGENT);
        CustomerChanges kept = CustomerTestData.changesOf(CustomerViews.details(secret, true, true,
                CustomerFixtures.defaultStandard(), java.util.Map.of()));
        agent.requireReviewOf(secret, kept);
        CustomerChanges opened = CustomerTestData.withConfidential(kept, false);
        assertThatThrownBy(() -> agent.requireReviewOf(secret, opened)).isInstanceOf(AccessDeniedException.class);
        agent.requireReviewOf(secret, CustomerTestData.withConfidential(kept, null));
        access(Role.SUPERVISOR).requireReviewOf(secret, opened);
    }

    private static CustomerAccess access(Role role) {
        return CustomerAccess.of(user(role), d -> d == DEPARTMENT ? Set.of(ME, TEAMMATE) : Set.of());
    }

    private static SignedInUser user(Role role) {
        return new SignedInUser(ME, "me", "x", true, "我", DEPARTMENT, "A1", "zh-CN", EnumSet.of(role));
    }
}
