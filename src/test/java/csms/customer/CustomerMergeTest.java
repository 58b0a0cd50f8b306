package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerMergeTest {

    @Test
    void phonesAndPersonsMoveWithoutRepeatsAndBlankFieldsAreFilled() {
        Customer survivor = CustomerFixtures.customer(1, CustomerTestData.person("张三", "13812345678"));
        NewCustomer o = CustomerTestData.organisation("张三", "星辰科技", "13812345678");
        Customer duplicate = CustomerFixtures.customer(2, new NewCustomer(o.kind(), o.name(), o.salutation(),
                o.company(), o.email(), "另一个地址", o.requestedServices(), o.source(), null, o.notes(),
                List.of(new PhoneEntry("13812345678", null), new PhoneEntry("010-66668888", "办公")),
                o.contactPersons(), new BigDecimal("500000"), 4, true, true, false, null));

        CustomerMerge merge = CustomerMerge.plan(survivor, duplicate);
        assertThat(merge.movedPhones()).extracting(Phone::getNumber).containsExactly("010-66668888");
        assertThat(merge.movedPersons()).extracting(ContactPerson::getName).containsExactly("王经理");
        assertThat(merge.filledFields()).containsExactly("company", "email", "notes", "annualSales", "potential");
        assertThat(merge.raisedFlags()).containsExactly("member", "bigCustomer");

        merge.apply(CustomerFixtures.NOW);
        assertThat(survivor.getPhones()).extracting(Phone::getNumber).containsExactly("13812345678", "010-66668888");
        assertThat(survivor.getAddress()).isEqualTo("北京市海淀区中关村大街1号");
        assertThat(survivor.getCompany()).isEqualTo("星辰科技");
        assertThat(survivor.isMember()).isTrue();
        assertThat(survivor.isBigCustomer()).isTrue();
        assertThat(duplicate.getMergedIntoId()).isEqualTo(1L);
        assertThat(duplicate.getPhones()).isEmpty();
        assertThat(duplicate.getContactPersons()).isEmpty();
    }

    @Test
    void aRecordCannotBeMergedIntoItselfOrTwice() {
        Customer a = CustomerFixtures.customer(1, CustomerTestData.person("甲", "13812345678"));
        Customer b = CustomerFixtures.customer(2, CustomerTestData.person("乙", "13912345678"));
        assertThatThrownBy(() -> CustomerMerge.plan(a, a)).isInstanceOf(RuleViolation.class);
        CustomerMerge.plan(a, b).apply(CustomerFixtures.NOW);
        assertThatThrownBy(() -> CustomerMerge.plan(a, b)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("customer.merged");
        assertThatThrownBy(() -> CustomerMerge.plan(b, a)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aConfidentialDuplicateMakesTheSurvivorConfidential() {
        Customer survivor = CustomerFixtures.customer(1, CustomerTestData.person("甲", "13812345678"));
        Customer duplicate = CustomerFixtures.customer(2, CustomerTestData.confidential("甲", "13912345678"));

        CustomerMerge merge = CustomerMerge.plan(survivor, duplicate);
        assertThat(merge.raisedFlags()).containsExactly("confidential");
        merge.apply(CustomerFixtures.NOW);

        assertThat(survivor.isConfidential()).isTrue();
        Customer open = CustomerFixtures.customer(3, CustomerTestData.person("丙", "13712345678"));
        CustomerMerge.plan(survivor, open).apply(CustomerFixtures.NOW);
        assertThat(survivor.isConfidential()).as("an open duplicate does not open the survivor").isTrue();
    }

    @Test
    void mergedDuplicateLosesItsAssignmentDuty() {
        Customer a = CustomerFixtures.customer(1, CustomerTestData.person("甲", "13812345678"));
        Customer b = CustomerFixtures.customer(2, CustomerTestData.person("乙", "13912345678"));
        b.assignTo(7L, CustomerFixtures.NOW, java.time.Duration.ofDays(7));
        CustomerMerge.plan(a, b).apply(CustomerFixtures.NOW);
        assertThat(b.isFirstContactPending()).isFalse();
        assertThat(b.getOwnerId()).isNull();
    }
}
