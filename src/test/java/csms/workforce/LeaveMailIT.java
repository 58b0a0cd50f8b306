package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.WithSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leave by mail over real SMTP (WFM-1): a day's application reaches the applicant's supervisor, a longer one the
 * general manager, each in their language; the decision reaches the applicant.
 */
@IntegrationTest
class LeaveMailIT extends WithSmtpServer {


    @Autowired
    Leaves leaves;
    @Autowired
    LeaveDecisions decisions;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Fixtures fixtures;

    long team;
    String supervisorMail;
    String agentMail;
    String managerMail;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        team = fixtures.department();
        long n = System.nanoTime();
        supervisorMail = "sup" + n + "@example.cn";
        agentMail = "agent" + n + "@example.cn";
        managerMail = "gm" + n + "@example.cn";
        supervisor = fixtures.userWithEmail(team, supervisorMail, "zh-CN", Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.userWithEmail(team, agentMail, "zh-CN", Role.AGENT);
        fixtures.userWithEmail(null, managerMail, "en", Role.GENERAL_MANAGER);
    }

    @Test
    void theDeciderLearnsOfTheApplicationAndTheApplicantOfTheDecision() throws Exception {
        LocalDate day = workingRun(2);
        LeaveRequest oneDay = as(agent, () -> leaves.apply(new LeaveApplication(LeaveType.SICK, "发烧看病",
                new LeavePeriod(day, HalfDay.AM, day, HalfDay.PM), false, null)));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage toSupervisor = SMTP.getReceivedMessagesForDomain(supervisorMail)[0];
        assertThat(toSupervisor.getSubject()).contains("请假申请待您审批", agent.displayName(), "病假");
        assertThat((String) toSupervisor.getContent()).contains("发烧看病", day.toString(), "共 1 个工作日");
        assertThat(SMTP.getReceivedMessagesForDomain(managerMail)).as("a day is the supervisor's").isEmpty();

        as(supervisor, () -> decisions.decide(oneDay.getId(), true, "早日康复", oneDay.getVersion()));
        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage toAgent = SMTP.getReceivedMessagesForDomain(agentMail)[0];
        assertThat(toAgent.getSubject()).contains("您的请假已批准");
        assertThat((String) toAgent.getContent()).contains("早日康复");

        as(agent, () -> leaves.apply(new LeaveApplication(LeaveType.ANNUAL, "回老家", new LeavePeriod(day.plusDays(7),
                HalfDay.AM, day.plusDays(7), HalfDay.PM), false, null)));
        LocalDate twoFrom = workingRun(2, day.plusDays(14));
        as(agent, () -> leaves.apply(new LeaveApplication(LeaveType.ANNUAL, "回老家", new LeavePeriod(twoFrom,
                HalfDay.AM, twoFrom.plusDays(1), HalfDay.PM), false, null)));
        assertThat(SMTP.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage toManager = SMTP.getReceivedMessagesForDomain(managerMail)[0];
        assertThat(toManager.getSubject()).as("in the manager's language")
                .contains("Leave to decide", agent.displayName(), "Annual leave");
    }

    private LocalDate workingRun(int n) {
        return workingRun(n, leaves.today().plusDays(14));
    }

    private LocalDate workingRun(int n, LocalDate from) {
        LocalDate d = from;
        while (true) {
            LocalDate start = d;
            if (java.util.stream.IntStream.range(0, n).allMatch(i -> calendar.isWorkingDay(start.plusDays(i)))) {
                return d;
            }
            d = d.plusDays(1);
        }
    }
}
