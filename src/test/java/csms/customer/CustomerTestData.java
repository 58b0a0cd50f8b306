package csms.customer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Commands and unique values for customer tests: records with Chinese data, phones unique per call. */
final class CustomerTestData {

    private CustomerTestData() {
    }

    /** A mobile number unlikely to be used by another test: 139 + 8 random digits. */
    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A complete person record: phones, address, requested services (the grade follows the standard). */
    static NewCustomer person(String name, String... phones) {
        return new NewCustomer(CustomerKind.PERSON, name, Salutation.MR, null, null, "北京市海淀区中关村大街1号",
                "咨询检测报告", CustomerSource.PHONE, null, null,
                Arrays.stream(phones).map(p -> new PhoneEntry(p, "手机")).toList(), List.of(), null, null,
                false, false, false, null);
    }

    static NewCustomer organisation(String name, String company, String phone) {
        return new NewCustomer(CustomerKind.ORGANISATION, name, Salutation.NONE, company, "info@example.cn",
                "上海市浦东新区世纪大道100号", "年度检测服务", CustomerSource.SALES_VISIT, "拜访表-001", "重要备注",
                List.of(new PhoneEntry(phone, "总机")), List.of(new ContactPersonEntry("王经理", "采购经理", null, null)),
                new BigDecimal("350000"), 3, false, false, false, null);
    }

    static NewCustomer bigCustomer(String name, String phone) {
        NewCustomer p = person(name, phone);
        return new NewCustomer(p.kind(), p.name(), p.salutation(), p.company(), p.email(), p.address(),
                p.requestedServices(), p.source(), null, null, p.phones(), p.contactPersons(), null, null, false, true,
                false, null);
    }

    /** The record as shown, as an update command against the version shown. */
    static CustomerChanges changesOf(CustomerDetails d) {
        return new CustomerChanges(d.kind(), d.name(), d.salutation(), d.company(), d.email(), d.address(),
                d.requestedServices(), d.source(), d.sourceReference(), d.notes(),
                d.phones().stream().map(p -> new PhoneEntry(p.number(), p.label())).toList(),
                d.contactPersons().stream().map(p -> new ContactPersonEntry(p.name(), p.jobTitle(), p.phone(), p.email()))
                        .toList(),
                d.annualSales(), d.potential(), d.member(), d.bigCustomer(), d.importantAgreement(), d.confidential(),
                d.accountManagerId(), d.version());
    }

    /** The same changes with the confidentiality set, cleared, or (null) left as it is. */
    static CustomerChanges withConfidential(CustomerChanges c, Boolean confidential) {
        return new CustomerChanges(c.kind(), c.name(), c.salutation(), c.company(), c.email(), c.address(),
                c.requestedServices(), c.source(), c.sourceReference(), c.notes(), c.phones(), c.contactPersons(),
                c.annualSales(), c.potential(), c.member(), c.bigCustomer(), c.importantAgreement(), confidential,
                c.accountManagerId(), c.version());
    }

    /** A complete person record marked confidential (only a supervisor or above may register it). */
    static NewCustomer confidential(String name, String... phones) {
        NewCustomer p = person(name, phones);
        return new NewCustomer(p.kind(), p.name(), p.salutation(), p.company(), p.email(), p.address(),
                p.requestedServices(), p.source(), null, null, p.phones(), p.contactPersons(), null, null, false, false,
                false, true, null);
    }

    static CustomerChanges withAddress(CustomerChanges c, String address) {
        return new CustomerChanges(c.kind(), c.name(), c.salutation(), c.company(), c.email(), address,
                c.requestedServices(), c.source(), c.sourceReference(), c.notes(), c.phones(), c.contactPersons(),
                c.annualSales(), c.potential(), c.member(), c.bigCustomer(), c.importantAgreement(), c.confidential(),
                c.accountManagerId(), c.version());
    }
}
