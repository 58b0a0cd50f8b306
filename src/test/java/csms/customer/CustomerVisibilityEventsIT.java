package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.UserChanges;
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
 * {@link CustomerVisibilityChanged} (CUS-6): published when who may know of a customer moves — its flag, the t.owner()
 * of a confidential one, a merge, an import, the t.owner()'s department — and only then.
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
    TwoTeams t;
    long secret;
    long open;

    @BeforeEach
    void customers() {
        t = TwoTeams.of(fixtures);
        secret = register(CustomerTestData.confidential(tag + "甲", CustomerTestData.mobile()));
        open = register(CustomerTestData.person(tag + "乙", CustomerTestData.mobile()));
        Fixtures.as(t.supervisor(), () -> assignment.assign(List.of(secret, open), t.owner().id()));
        events.clear();
    }

    long register(NewCustomer customer) {
        return Fixtures.as(t.supervisor(), () -> archive.register(customer)).id();
    }

    List<CustomerVisibilityChanged> announced() {
        return events.stream(CustomerVisibilityChanged.class).toList();
    }

    void update(SignedInUser as, long id, java.util.function.UnaryOperator<CustomerChanges> change) {
        Fixtures.as(as, () -> archive.update(id, change.apply(CustomerTestData.changesOf(archive.view(id)))));
    }

    @Test
    void settingAndClearingTheFlagIsAnnouncedWithTheOwnersDepartmentButOtherEditsAreNot() {
        update(t.supervisor(), open, c -> CustomerTestData.withConfidential(c, true));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(open, true, t.owner().id(), t.team()));

        update(t.owner(), open, c -> CustomerTestData.withAddress(c, "上海市徐汇区漕溪北路1号"));
        update(t.supervisor(), secret, c -> CustomerTestData.withAddress(c, "上海市徐汇区漕溪北路2号"));
        assertThat(announced()).hasSize(1);

        update(t.supervisor(), open, c -> CustomerTestData.withConfidential(c, false));
        assertThat(announced()).last().isEqualTo(new CustomerVisibilityChanged(open, false, t.owner().id(), t.team()));
    }

    @Test
    void reassigningOrReleasingAConfidentialCustomerIsAnnouncedButAnOpenOneIsNot() {
        Fixtures.as(t.manager(), () -> assignment.assign(List.of(secret, open), t.stranger().id()));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(secret, true, t.stranger().id(), t.otherTeam()));

        Fixtures.as(t.manager(), () -> assignment.unassign(List.of(secret, open)));
        assertThat(announced()).last().isEqualTo(new CustomerVisibilityChanged(secret, true, null, null));
        assertThat(announced()).hasSize(2);
    }

    @Test
    void registeringOrImportingAConfidentialCustomerIsAnnounced() {
        long registered = register(CustomerTestData.confidential(tag + "丙", CustomerTestData.mobile()));
        register(CustomerTestData.person(tag + "丁", CustomerTestData.mobile()));
        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(registered, true, null, null));

        byte[] file = ("姓名,保密\n" + tag + "戊,是\n" + tag + "己,否\n").getBytes(StandardCharsets.UTF_8);
        var result = Fixtures.as(t.supervisor(), () -> imports.run(ImportMode.VALID_ONLY, new ByteArrayInputStream(file),
                "保密.csv"));

        assertThat(result.importedCount()).isEqualTo(2);
        assertThat(announced()).hasSize(2).last().satisfies(e -> {
            assertThat(e.confidential()).isTrue();
            assertThat(e.ownerId()).isNull();
            assertThat(Fixtures.as(t.supervisor(), () -> archive.view(e.customerId())).name()).isEqualTo(tag + "戊");
        });
    }

    @Test
    void mergingAConfidentialDuplicateAnnouncesTheSurvivorAndTheDuplicate() {
        long duplicate = register(CustomerTestData.confidential(tag + "乙", CustomerTestData.mobile()));
        events.clear();
        CustomerDetails s = Fixtures.as(t.supervisor(), () -> archive.view(open));
        CustomerDetails d = Fixtures.as(t.supervisor(), () -> archive.view(duplicate));

        Fixtures.as(t.supervisor(), () -> archive.merge(open, new MergeCustomers(duplicate, s.version(), d.version())));

        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(open, true, t.owner().id(), t.team()),
                new CustomerVisibilityChanged(duplicate, true, t.owner().id(), t.team()));
    }

    @Test
    void anOwnerMovingToAnotherDepartmentAnnouncesTheirConfidentialCustomers() {
        UserAccount account = users.get(t.owner().id());
        users.update(t.owner().id(), new UserChanges(account.getDisplayName(), account.getAgentNumber(), t.otherTeam(),
                account.getEmail(), account.getRoles(), account.getVersion()));

        assertThat(announced()).containsExactly(new CustomerVisibilityChanged(secret, true, t.owner().id(), t.otherTeam()));
    }
}
