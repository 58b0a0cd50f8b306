package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.audit.Changes.Change;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerViewsTest {

    @Test
    void maskedDetailsHidePhonesAddressAndEmail() {
        Customer c = CustomerFixtures.customer(1, CustomerTestData.organisation("甲", "甲公司", "13812345678"));
        CustomerDetails masked = CustomerViews.details(c, false, false, CustomerFixtures.defaultStandard(), Map.of());
        assertThat(masked.phones().get(0).number()).isEqualTo("138****5678");
        assertThat(masked.address()).isEqualTo("上海市浦东新****");
        assertThat(masked.email()).isEqualTo("i***@example.cn");
        CustomerDetails full = CustomerViews.details(c, true, true, CustomerFixtures.defaultStandard(), Map.of());
        assertThat(full.phones().get(0).number()).isEqualTo("13812345678");
        assertThat(full.email()).isEqualTo("info@example.cn");
    }

    @Test
    void listRowsAreAlwaysMasked() {
        Customer c = CustomerFixtures.customer(1, CustomerTestData.person("甲", "13812345678", "13912345678"));
        CustomerRow row = CustomerViews.row(c, CustomerFixtures.defaultStandard(), Map.of());
        assertThat(row.phone()).isEqualTo("138****5678");
        assertThat(row.phoneCount()).isEqualTo(2);
    }

    @Test
    void historyOfContactDataIsMaskedForThoseWithoutFullRights() {
        assertThat(CustomerViews.mask("phones", "13812345678 (手机), 010-66668888")).isEqualTo("138****5678 (手机), 010-****8888");
        assertThat(CustomerViews.mask("contactPersons", "王经理 / 采购 / 13812345678 / w@x.cn"))
                .isEqualTo("王经理 / 采购 / 138****5678 / w***@x.cn");
        assertThat(CustomerViews.mask("name", "张三")).isEqualTo("张三");
    }

    @Test
    void snapshotDiffRecordsOnlyChangedFields() {
        Customer c = CustomerFixtures.customer(1, CustomerTestData.person("甲", "13812345678"));
        var before = CustomerSnapshot.of(c, CustomerFixtures.defaultStandard());
        c.describe(CustomerTestData.withAddress(CustomerTestData.changesOf(
                CustomerViews.details(c, true, true, CustomerFixtures.defaultStandard(), Map.of())), "新地址"),
                c.getPhones(), c.getContactPersons());
        var changes = CustomerSnapshot.diff(before, CustomerSnapshot.of(c, CustomerFixtures.defaultStandard()));
        assertThat(changes.asList()).containsExactly(new Change("address", "北京市海淀区中关村大街1号", "新地址"));
    }
}
