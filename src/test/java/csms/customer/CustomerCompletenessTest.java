package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCompletenessTest {

    @Test
    void personWithPhoneAddressServicesAndGradeIsComplete() {
        Customer c = CustomerFixtures.customer(1, CustomerTestData.person("张三", "13812345678"));
        c.classify(4L);
        assertThat(c.missingFields()).isEmpty();
        assertThat(c.isComplete()).isTrue();
    }

    @Test
    void missingFieldsAreNamedInFormOrder() {
        NewCustomer bare = new NewCustomer(CustomerKind.ORGANISATION, "某公司", null, null, null, " ", null,
                CustomerSource.WEB, null, null, List.of(new PhoneEntry("", null)), List.of(), null, null, null, null,
                null, null);
        Customer c = CustomerFixtures.customer(2, bare);
        assertThat(c.missingFields()).containsExactly("phones", "address", "requestedServices", "grade", "contactPersons");
        assertThat(c.isComplete()).isFalse();
    }

    @Test
    void organisationNeedsAContactPersonButAPersonDoesNot() {
        Customer org = CustomerFixtures.customer(3, CustomerTestData.organisation("甲", "甲公司", "13812345678"));
        org.classify(4L);
        assertThat(org.missingFields()).isEmpty();
        NewCustomer o = CustomerTestData.organisation("乙", "乙公司", "13812345678");
        Customer noPerson = CustomerFixtures.customer(4, new NewCustomer(o.kind(), o.name(), o.salutation(),
                o.company(), o.email(), o.address(), o.requestedServices(), o.source(), null, null, o.phones(),
                List.of(), null, null, false, false, false, null));
        noPerson.classify(4L);
        assertThat(noPerson.missingFields()).containsExactly("contactPersons");
    }

    @Test
    void phonesAreNormalisedAndRepeatsDropped() {
        Customer c = CustomerFixtures.customer(5, CustomerTestData.person("王五", "138 1234 5678", "+8613812345678",
                "01087654321"));
        assertThat(c.getPhones()).extracting(Phone::getNumber).containsExactly("13812345678", "010-87654321");
    }

    @Test
    void importantAgreementWithoutAccountManagerIsRefused() {
        Customer c = CustomerFixtures.customer(6, CustomerTestData.person("赵六", "13812345678"));
        assertThatThrownBy(() -> c.flag(false, false, true, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("accountManagerId"));
    }
}
