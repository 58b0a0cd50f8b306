package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.UserChanges;
import csms.shared.Role;
import csms.system.spreadsheet.ImportMode;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * {@link CustomerVisibilityChanged} (CUS-6): published when who may know of a customer moves — its flag, the owner
 * of a confidential one, a merge, an import, the owner's department — and only then.
 */
@IntegrationTest
@RecordApplicationEvents
class CustomerVisibilityEventsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    CustomerImport imports;
    @Autowired
    UserAccounts users;
    @Autowired
    ApplicationEvents events;

    final String tag = "可见性" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    long team;
    long otherTeam;
    SignedInUser owner;
    SignedInUser supervisor;
    SignedInUser manager;
    SignedInUser stranger;
    long secret;
    long open;

    @BeforeEach
    void customers() {
        team = fixtures.department();
        otherTeam = fixtures.department();
        owner = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        stranger = fixtures.user(otherTeam, Role.AGENT);
        manager = fixtures.user(Role.DEPT_MANAGER);
        secret = register(CustomerTestData.confidential(tag + "甲", CustomerTestData.mobile()));
        open = register(CustomerTestData.person(tag + "乙", CustomerTestData.mobile()));
        Fixtures.as(supervisor, () -> assignment.assign(List.of(secret, open), owner.id()));
        events.clear();
    }

    long register(NewCustomer customer) {
        return Fixtures.as(supervisor, () -> archive.register(customer)).id();
    }

    List<CustomerVisibilityChanged> announced() {
        return events.stream(CustomerVisibilityChanged.class).toList();
    }

    void update(SignedInUser as, long id, java.util.function.UnaryOperator<CustomerChanges> change) {
        Fixtures.as(as, () -> archive.update(id, change.apply(CustomerTestData.changesOf(archive.view(id)))));
    }

    @Test
    void settingAndClearingTheFlagIsAnnouncedWithTheOwnersDepartmentButOtherEditsAreNot() {
        update(supervisor, open, c -> CustomerTestData.withConfidential(c, true));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(open, true, owner.id(), team));

        update(owner, open, c -> CustomerTestData.withAddress(c, "上海市徐汇区漕溪北路1号"));
        update(supervisor, secret, c -> CustomerTestData.withAddress(c, "上海市徐汇区漕溪北路2号"));
        assertThat(announced()).hasSize(1);

        update(supervisor, open, c -> CustomerTestData.withConfidential(c, false));
        assertThat(announced()).last().isEqualTo(new CustomerVisibilityChanged(open, false, owner.id(), team));
    }

    @Test
    void reassigningOrReleasingAConfidentialCustomerIsAnnouncedButAnOpenOneIsNot() {
        Fixtures.as(manager, () -> assignment.assign(List.of(secret, open), stranger.id()));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(secret, true, stranger.id(), otherTeam));

        Fixtures.as(manager, () -> assignment.unassign(List.of(secret, open)));
        assertThat(announced()).last().isEqualTo(new CustomerVisibilityChanged(secret, true, null, null));
        assertThat(announced()).hasSize(2);
    }

    @Test
    void registeringOrImportingAConfidentialCustomerIsAnnounced() {
        long registered = register(CustomerTestData.confidential(tag + "丙", CustomerTestData.mobile()));
        register(CustomerTestData.person(tag + "丁", CustomerTestData.mobile()));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(registered, true, null, null));

        byte[] file = ("姓名,保密\n" + tag + "戊,是\n" + tag + "己,否\n").getBytes(StandardCharsets.UTF_8);
        var result = Fixtures.as(supervisor, () -> imports.run(ImportMode.VALID_ONLY, new ByteArrayInputStream(file),
                "保密.csv"));

        assertThat(result.importedCount()).isEqualTo(2);
        assertThat(announced()).hasSize(2).last().satisfies(e -> {
            assertThat(e.confidential()).isTrue();
            assertThat(e.ownerId()).isNull();
            assertThat(Fixtures.as(supervisor, () -> archive.view(e.customerId())).name()).isEqualTo(tag + "戊");
        });
    }

    @Test
    void mergingAConfidentialDuplicateAnnouncesTheSurvivorAndTheDuplicate() {
        long duplicate = register(CustomerTestData.confidential(tag + "乙", CustomerTestData.mobile()));
        events.clear();
        CustomerDetails s = Fixtures.as(supervisor, () -> archive.view(open));
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.view(duplicate));

        Fixtures.as(supervisor, () -> archive.merge(open, new MergeCustomers(duplicate, s.version(), d.version())));

        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(open, true, owner.id(), team),
                new CustomerVisibilityChanged(duplicate, true, owner.id(), team));
    }

    @Test
    void anOwnerMovingToAnotherDepartmentAnnouncesTheirConfidentialCustomers() {
        UserAccount account = users.get(owner.id());
        users.update(owner.id(), new UserChanges(account.getDisplayName(), account.getAgentNumber(), otherTeam,
                account.getEmail(), account.getRoles(), account.getVersion()));

        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(secret, true, owner.id(), otherTeam));
    }
}
