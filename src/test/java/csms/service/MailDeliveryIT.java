package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.WithSmtpServer;
import csms.visit.ReturnVisits;
import csms.visit.SurveyChannel;
import csms.visit.SurveyLinkSent;
import csms.visit.VisitSurveyLinks;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages leave by real SMTP (GreenMail): the complaint confirmation link to the customer (CMP-5), the return
 * visit's questionnaire link (VIS-6) and the crisis alert to the managers at once (CMP-8), each manager in their
 * language; nothing leaves for a rolled-back change.
 */
@IntegrationTest
class MailDeliveryIT extends WithSmtpServer {


    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    ComplaintConfirmations confirmations;
    @Autowired
    OutboundMail mail;
    @Autowired
    ReturnVisits visits;
    @Autowired
    VisitSurveyLinks surveyLinks;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theConfirmationLinkReachesTheCustomerByEmail() throws Exception {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        long id = ServiceTestData.approvedComplaint(archive, requests, loop, team, agent, supervisor);

        String link = as(agent, () -> confirmations.sendLink(id, CustomerNotifier.Medium.EMAIL, "wang.fang@example.cn"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessagesForDomain("wang.fang@example.cn")[0];
        assertThat(received.getSubject()).isEqualTo("测试机构 客户服务通知");
        assertThat(received.getFrom()[0].toString()).isEqualTo("kefu@example.cn");
        assertThat(received.getContent().toString()).contains("【测试机构】您好，请打开以下链接确认您的投诉处理方案：")
                .contains(link);
    }

    @Test
    void theVisitQuestionnaireLinkReachesTheCustomerByEmailInChinese() throws Exception {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        String address = "survey" + System.nanoTime() + "@example.cn";
        long customer = as(supervisor, () -> archive.register(new NewCustomer(CustomerKind.PERSON, "钱芳",
                Salutation.MS, null, address, "广州市天河区体育西路1号", null, CustomerSource.PHONE, null, null,
                List.of(new PhoneEntry(ServiceTestData.mobile(), "手机")), List.of(), null, null, true, false, false,
                false, null))).id();
        long served = as(agent, () -> requests.register(ServiceTestData.consultation(customer, "咨询检测周期"))).id();
        as(agent, () -> requests.resolve(served, "您好，常规检测周期为五个工作日。", requests.view(served).version()));
        long visit = as(agent, () -> visits.forRequest(served)).orElseThrow().getId();

        SurveyLinkSent sent = as(agent, () -> surveyLinks.send(visit, SurveyChannel.EMAIL));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = only(address);
        assertThat(received.getSubject()).isEqualTo("测试机构 客户服务通知");
        assertThat(received.getContent().toString()).contains("【测试机构】您好，感谢您使用我们的服务。请花一分钟填写回访问卷：")
                .contains(sent.url()).contains("仅可填写一次");
    }

    @Test
    void aCrisisIsMailedAtOnceToEveryManagerWithAnAddressInTheirLanguage() throws Exception {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        String zhMail = "jingli" + System.nanoTime() + "@example.cn";
        String enMail = "gm" + System.nanoTime() + "@example.cn";
        fixtures.userWithEmail(null, zhMail, "zh-CN", Role.DEPT_MANAGER);
        fixtures.userWithEmail(null, enMail, "en", Role.GENERAL_MANAGER);
        fixtures.user(Role.DIRECTOR); // a manager without an address: in-app only
        long customer = ServiceTestData.customer(archive, agent, "赵敏", false, false);
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customer, "检测报告错误致客户停产",
                Severity.MAJOR, true))).id();

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage zh = only(zhMail);
        assertThat(zh.getSubject()).isEqualTo("【危机事件】#" + id + " 检测报告错误致客户停产");
        assertThat(zh.getContent().toString()).contains("请立即查看：http://localhost:8080/requests/" + id);
        MimeMessage en = only(enMail);
        assertThat(en.getSubject()).isEqualTo("[Crisis event] #" + id + " 检测报告错误致客户停产");
        assertThat(en.getContent().toString()).contains("Please look at it now: http://localhost:8080/requests/" + id);
        // the mail tests share one database: other classes' managers with addresses are mailed too, nobody else
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> recipients(m).stream()))
                .contains(zhMail, enMail).allSatisfy(to -> assertThat(jdbc.sql("""
                        select count(*) from app_user u join app_user_role r on r.user_id = u.id
                        where u.email = :to and r.role in ('DEPT_MANAGER', 'GENERAL_MANAGER', 'DIRECTOR')
                        """).param("to", to).query(Long.class).single()).as(to).isPositive());
    }

    @Test
    void aMessageOfARolledBackChangeIsNeverSent() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mail.send(MailMessage.of("rollback@example.cn", "不应发出", "事务回滚"));
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                mail.send(MailMessage.of("commit@example.cn", "应当发出", "事务提交")));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("应当发出");
    }

    private static MimeMessage only(String address) {
        MimeMessage[] found = SMTP.getReceivedMessagesForDomain(address);
        assertThat(found).hasSize(1);
        return found[0];
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
