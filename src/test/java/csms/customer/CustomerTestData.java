package csms.customer;

import java.math.BigDecimal;
import java.util.List;

/** Commands for customer tests: a complete person record with Chinese data, varied by name and phones. */
final class CustomerTestData {

    private CustomerTestData() {
    }

    static NewCustomer person(String name, String... phones) {
        return new NewCustomer(CustomerKind.PERSON, name, Salutation.MR, null, null, "北京市海淀区中关村大街1号",
                "咨询检测报告", CustomerSource.PHONE, null, null,
                java.util.Arrays.stream(phones).map(p -> new PhoneEntry(p, "手机")).toList(), List.of(), null, null,
                false, false, false, null);
    }

    static NewCustomer organisation(String name, String company, String phone) {
        return new NewCustomer(CustomerKind.ORGANISATION, name, Salutation.NONE, company, "info@example.cn",
                "上海市浦东新区世纪大道100号", "年度检测服务", CustomerSource.SALES_VISIT, "拜访表-001", "重要备注",
                List.of(new PhoneEntry(phone, "总机")), List.of(new ContactPersonEntry("王经理", "采购经理", null, null)),
                new BigDecimal("350000"), 3, false, false, false, null);
    }

    static CustomerChanges changesOf(CustomerDetails d) {
        return new CustomerChanges(d.kind(), d.name(), d.salutation(), d.company(), d.email(), d.address(),
                d.requestedServices(), d.source(), d.sourceReference(), d.notes(),
                d.phones().stream().map(p -> new PhoneEntry(p.number(), p.label())).toList(),
                d.contactPersons().stream().map(p -> new ContactPersonEntry(p.name(), p.jobTitle(), p.phone(), p.email()))
                        .toList(),
                d.annualSales(), d.potential(), d.member(), d.bigCustomer(), d.importantAgreement(),
                d.accountManagerId(), d.version());
    }
}
