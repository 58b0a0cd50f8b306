package csms.visit;

import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.ComplaintCategory;
import csms.service.ComplaintLoop;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Summary;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.service.Severity;
import csms.testing.Fixtures;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Customers, answered consultations and summarised complaints for the visit tests, through the facades. */
final class VisitTestData {

    private VisitTestData() {
    }

    /** Registers a person (先生) as the user; a member when asked. */
    static long customer(CustomerArchive archive, SignedInUser as, String name, boolean member) {
        return customer(archive, as, name, member, Salutation.MR);
    }

    /** The same with the given title (NONE: the neutral form of address). */
    static long customer(CustomerArchive archive, SignedInUser as, String name, boolean member, Salutation title) {
        String mobile = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        NewCustomer c = new NewCustomer(CustomerKind.PERSON, name, title, null, null, "广州市天河区体育西路1号",
                null, CustomerSource.PHONE, null, null, List.of(new PhoneEntry(mobile, "手机")), List.of(), null, null,
                member, false, false, false, null);
        return Fixtures.as(as, () -> archive.register(c)).id();
    }

    /** A consultation registered and answered by the agent: the service is complete. Returns the request id. */
    static long answeredConsultation(ServiceRequests requests, SignedInUser agent, long customerId) {
        long id = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.CONSULTATION, Channel.PHONE,
                customerId, "咨询检测周期", "客户来电咨询检测周期", Priority.NORMAL, null, null, false, null, null,
                null))).id();
        Fixtures.as(agent, () -> requests.resolve(id, "您好，常规检测周期为五个工作日，请您放心。",
                requests.view(id).version()));
        return id;
    }

    /** A complaint judged unjustified and summarised: its follow-up visit is now due (CMP-2, CMP-7). */
    static long summarisedComplaint(ServiceRequests requests, ComplaintLoop loop, SignedInUser agent, long customerId,
            long departmentId) {
        long id = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.COMPLAINT, Channel.PHONE,
                customerId, "报告延误投诉", "客户投诉检测报告延误三天", Priority.HIGH, null, Severity.GENERAL, false,
                "王先生", null, "尽快出具报告并说明原因"))).id();
        Fixtures.as(agent, () -> loop.judge(id, new Judgement(false, "报告按合同约定时间出具，未延误", "客户表示理解",
                null, null), requests.view(id).version()));
        Fixtures.as(agent, () -> loop.summarise(id, new Summary(ComplaintCategory.PROCESS, "沟通不充分", departmentId,
                "出具报告前电话告知客户"), requests.view(id).version()));
        return id;
    }
}
