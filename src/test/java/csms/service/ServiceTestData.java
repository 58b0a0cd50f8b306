package csms.service;

import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Proposal;
import csms.service.ComplaintSteps.Summary;
import csms.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Customers, drafts and step inputs for service tests, in Chinese as users enter them. */
final class ServiceTestData {

    private ServiceTestData() {
    }

    static String mobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Registers a customer as the given user; returns its id. */
    static long customer(CustomerArchive archive, SignedInUser as, String name, boolean big, boolean important) {
        return customer(archive, as, name, mobile(), big, important);
    }

    /** Registers a confidential customer (CUS-6) as the given user; returns its id. */
    static long confidentialCustomer(CustomerArchive archive, SignedInUser as, String name) {
        NewCustomer c = new NewCustomer(CustomerKind.PERSON, name, Salutation.MR, null, null, null, null,
                CustomerSource.PHONE, null, null, List.of(new PhoneEntry(mobile(), "手机")), List.of(), null, null,
                false, false, false, true, null);
        return Fixtures.as(as, () -> archive.register(c)).id();
    }

    /** Registers a customer with the given mobile number (the caller's number in page tests); returns its id. */
    static long customer(CustomerArchive archive, SignedInUser as, String name, String mobile, boolean big,
            boolean important) {
        NewCustomer c = new NewCustomer(CustomerKind.PERSON, name, Salutation.MS, null, null, "广州市天河区体育西路1号",
                "售后服务", CustomerSource.PHONE, null, null, List.of(new PhoneEntry(mobile, "手机")), List.of(),
                null, null, false, big, important, important ? as.id() : null);
        return Fixtures.as(as, () -> archive.register(c)).id();
    }

    static RequestDraft consultation(long customerId, String subject) {
        return new RequestDraft(RequestType.CONSULTATION, Channel.PHONE, customerId, subject, "客户来电咨询检测周期",
                Priority.NORMAL, "检测,周期", null, false, null, null, null);
    }

    static RequestDraft complaint(long customerId, String subject, Severity severity, boolean crisis) {
        return new RequestDraft(RequestType.COMPLAINT, Channel.PHONE, customerId, subject, "客户投诉检测报告延误三天",
                Priority.HIGH, "报告,延误", severity, crisis, "李女士", null, "尽快出具报告并说明原因");
    }

    static Judgement justified(long departmentId, Instant now) {
        return new Judgement(true, null, null, departmentId, now.plus(Duration.ofDays(2)));
    }

    static Judgement unjustified() {
        return new Judgement(false, "报告按合同约定时间出具，未延误", "客户表示理解", null, null);
    }

    static Investigation investigation(Long responsibleUserId, long routedTo) {
        return new Investigation("样品登记遗漏导致排期延后", ProblemKind.SERVICE, responsibleUserId,
                responsibleUserId == null ? "样品登记岗" : null, routedTo);
    }

    static Proposal proposal(String text, String cost) {
        return new Proposal(text, new BigDecimal(cost), null);
    }

    static Decision decision(Long proposalId) {
        return new Decision(proposalId, "同意，今日内实施");
    }

    static Implementation implementation(Instant notifiedAt) {
        return new Implementation("加急出具报告并致歉", new BigDecimal("200.00"), "减免加急费", notifiedAt,
                "客户对处理结果满意", List.of());
    }

    static Summary summary(long departmentId) {
        return new Summary(ComplaintCategory.PROCESS, "样品登记流程缺少复核", departmentId, "增加登记双人复核");
    }

    static FollowUp followUp(Satisfaction satisfaction) {
        return new FollowUp("回访客户，对处理结果表示认可", satisfaction, null);
    }

    static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    /** A complaint registered, judged, investigated, proposed and approved: the customer's confirmation is next. */
    static long approvedComplaint(CustomerArchive archive, ServiceRequests requests, ComplaintLoop loop, long team,
            SignedInUser agent, SignedInUser supervisor) {
        long customerId = customer(archive, agent, "王芳", false, false);
        long id = Fixtures.as(agent, () -> requests.register(complaint(customerId, "确认链接投诉", Severity.GENERAL,
                false))).id();
        Fixtures.as(agent, () -> loop.judge(id, justified(team, Instant.now()), requests.view(id).version()));
        Fixtures.as(agent, () -> loop.investigate(id, investigation(null, team), requests.view(id).version()));
        long p = Fixtures.as(agent, () -> loop.propose(id, proposal("加急出具报告", "0"))).complaint().proposals()
                .getFirst().id();
        Fixtures.as(agent, () -> loop.submitForApproval(id, requests.view(id).version()));
        Fixtures.as(supervisor, () -> loop.approve(id, decision(p), requests.view(id).version()));
        return id;
    }
}
