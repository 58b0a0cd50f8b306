package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archive's public directory for other modules (CUS-6, CUS-9): cards and the caller look-up by number follow
 * the signed-in user's reach; the restriction of a confidential customer is known without a user.
 */
@IntegrationTest
class CustomerDirectoryIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    CustomerDirectory directory;

    TwoTeams t;
    String secretPhone = CustomerTestData.mobile();
    long secret;

    @BeforeEach
    void teams() {
        t = TwoTeams.of(fixtures);
        secret = register(CustomerTestData.confidential("保密名片" + secretPhone, secretPhone));
        Fixtures.as(t.supervisor(), () -> assignment.assign(List.of(secret), t.owner().id()));
    }

    long register(NewCustomer customer) {
        return Fixtures.as(t.supervisor(), () -> archive.register(customer)).id();
    }

    static List<Long> ids(List<CustomerCard> cards) {
        return cards.stream().map(CustomerCard::id).toList();
    }

    @Test
    void findByPhoneListsTheExactNumberFirstThenNumbersContainingIt() {
        String mobile = CustomerTestData.mobile();
        String main = CustomerTestData.mobile();
        // A landline whose digits hold the whole mobile (area code 0139, then the rest of the mobile): registered
        // first and with one short number, it would score above the exact match with its two numbers.
        String landline = "0" + mobile.substring(0, 3) + "-" + mobile.substring(3);
        long containing = register(CustomerTestData.person("座机客户", landline));
        long exact = register(CustomerTestData.person("手机客户", main, mobile));

        List<CustomerCard> found = Fixtures.as(t.owner(), () -> directory.findByPhone(mobile, 10));

        assertThat(ids(found)).containsExactly(exact, containing);
        assertThat(found.get(0).maskedPhone()).as("the main phone").isEqualTo(main.substring(0, 3) + "****" + main.substring(7));
        assertThat(ids(Fixtures.as(t.owner(), () -> directory.findByPhone("+86 " + mobile, 10))))
                .containsExactly(exact, containing);
        assertThat(ids(Fixtures.as(t.owner(), () -> directory.findByPhone(mobile, 1)))).containsExactly(exact);
        assertThat(ids(Fixtures.as(t.owner(), () -> directory.findByPhone(mobile.substring(3), 10))))
                .containsExactlyInAnyOrder(exact, containing);
        assertThat(Fixtures.as(t.owner(), () -> directory.findByPhone(mobile.substring(9), 10))).as("two digits").isEmpty();
        assertThat(Fixtures.as(t.owner(), () -> directory.findByPhone(mobile, 0))).isEmpty();
    }

    @Test
    void findByPhoneFindsAConfidentialCustomerOnlyForItsTeam() {
        long open = register(CustomerTestData.person("公开客户", "0755-" + secretPhone.substring(0, 8) + "-"
                + secretPhone.substring(8)));

        assertThat(ids(Fixtures.as(t.stranger(), () -> directory.findByPhone(secretPhone, 10)))).containsExactly(open);
        assertThat(ids(directory.findByPhone(secretPhone, 10))).as("without a signed-in user").containsExactly(open);
        List<CustomerCard> forTeam = Fixtures.as(t.teammate(), () -> directory.findByPhone(secretPhone, 10));
        assertThat(ids(forTeam)).containsExactly(secret, open);
        assertThat(forTeam.get(0).confidential()).isTrue();
    }

    @Test
    void aCardIsEmptyForAnOutsiderAndAMergedAwayIdResolvesToTheSurvivor() {
        assertThat(Fixtures.as(t.stranger(), () -> directory.card(secret))).isEmpty();
        assertThat(Fixtures.as(t.owner(), () -> directory.card(Long.MAX_VALUE))).isEmpty();
        CustomerCard card = Fixtures.as(t.teammate(), () -> directory.card(secret)).orElseThrow();
        assertThat(card.name()).isEqualTo("保密名片" + secretPhone);
        assertThat(card.ownerId()).isEqualTo(t.owner().id());
        assertThat(card.ownerDepartmentId()).isEqualTo(t.team());
        assertThat(card.confidential()).isTrue();
        assertThat(card.salutation()).isEqualTo(Salutation.MR);
        assertThat(card.gradeCode()).isNotBlank();

        long duplicate = register(CustomerTestData.person("重复名片", CustomerTestData.mobile()));
        assertThat(Fixtures.as(t.stranger(), () -> directory.card(duplicate))).isPresent();
        CustomerDetails s = Fixtures.as(t.supervisor(), () -> archive.view(secret));
        CustomerDetails d = Fixtures.as(t.supervisor(), () -> archive.view(duplicate));
        Fixtures.as(t.supervisor(), () -> archive.merge(secret, new MergeCustomers(duplicate, s.version(), d.version())));

        assertThat(Fixtures.as(t.teammate(), () -> directory.card(duplicate))).map(CustomerCard::id).contains(secret);
        assertThat(Fixtures.as(t.stranger(), () -> directory.card(duplicate))).isEmpty();
    }

    @Test
    void theRestrictionOfAConfidentialCustomerIsKnownWithoutASignedInUser() {
        long open = register(CustomerTestData.person("公开限制", CustomerTestData.mobile()));
        long unassigned = register(CustomerTestData.confidential("未分配限制", CustomerTestData.mobile()));

        assertThat(directory.restrictedDepartmentOf(secret)).isEqualTo(t.team());
        assertThat(directory.restrictedDepartmentOf(open)).isNull();
        assertThat(directory.isConfidential(open)).isFalse();
        assertThat(directory.restrictedDepartmentOf(unassigned)).isNull();
        assertThat(directory.isConfidential(unassigned)).isTrue();

        Fixtures.as(t.manager(), () -> assignment.assign(List.of(secret), t.stranger().id()));
        assertThat(directory.restrictedDepartmentOf(secret)).isEqualTo(t.otherTeam());
    }
}
