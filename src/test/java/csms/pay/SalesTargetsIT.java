package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditTrail;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.pay.internal.SalesTargetRepository;
import csms.shared.ConflictException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.mail.OutboundMail;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.WithSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Monthly sales targets (PAY-1): set by the 10th of the month before, a late one marked and mailed to the directors,
 * next month's missing targets reported once after the deadline, stale edits 409, only managers set them.
 */
@IntegrationTest
class SalesTargetsIT extends WithSmtpServer {


    @Autowired
    SalesTargets targets;
    @Autowired
    PayRules rules;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    SalesTargetRepository repository;
    @Autowired
    Departments departments;
    @Autowired
    UserAccounts users;
    @Autowired
    OutboundMail mail;
    @Autowired
    MessageSource messages;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    long group;
    SignedInUser manager;
    String directorMail;
    YearMonth now;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        group = fixtures.department();
        manager = fixtures.user(Role.DEPT_MANAGER);
        directorMail = "zongjian" + System.nanoTime() + "@example.cn";
        fixtures.userWithEmail(null, directorMail, "zh-CN", Role.DIRECTOR);
        now = rules.currentMonth();
    }

    @Test
    void aTargetSetBeforeTheDeadlineIsOnTimeAndOneSetAfterItIsLateAndMailedToTheDirector() throws Exception {
        SalesTarget early = as(manager, () -> targets.set(group, now.plusMonths(2), new BigDecimal("120000"), null));
        assertThat(early.isLate()).isFalse();
        assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();

        SalesTarget late = as(manager, () -> targets.set(group, now, new BigDecimal("80000.50"), null));

        assertThat(late.isLate()).isTrue();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage m = SMTP.getReceivedMessagesForDomain(directorMail)[0];
        assertThat(m.getSubject()).isEqualTo("[CSMS] 销售目标逾期设定");
        assertThat(as(manager, () -> targets.lines(now)).stream().filter(l -> l.departmentId() == group).findFirst().orElseThrow())
                .satisfies(l -> {
                    assertThat(l.amount()).isEqualTo(csms.shared.Money.of("80000.50"));
                    assertThat(l.late()).isTrue();
                });
    }

    @Test
    void aChangeNeedsTheVersionSeenAndBadInputIsRefused() {
        YearMonth month = now.plusMonths(3);
        SalesTarget t = as(manager, () -> targets.set(group, month, new BigDecimal("50000"), null));

        assertThatThrownBy(() -> as(manager, () -> targets.set(group, month, new BigDecimal("60000"), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> as(manager, () -> targets.set(group, month, new BigDecimal("60000"),
                t.getVersion() + 1))).isInstanceOf(ConflictException.class);
        assertThat(as(manager, () -> targets.set(group, month, new BigDecimal("60000"), t.getVersion()))
                .getAmount()).isEqualTo(csms.shared.Money.of("60000"));
        assertThatThrownBy(() -> as(manager, () -> targets.set(group, now.minusMonths(1), BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.target.past-month"));
        for (String bad : new String[] { "0", "-5", "10.001" }) {
            assertThatThrownBy(() -> as(manager, () -> targets.set(group, month.plusMonths(1), new BigDecimal(bad),
                    null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        }
        SignedInUser supervisor = fixtures.user(group, Role.SUPERVISOR);
        assertThatThrownBy(() -> as(supervisor, () -> targets.set(group, month, BigDecimal.TEN, t.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(supervisor, () -> targets.lines(month))).isNotEmpty();
    }

    @Test
    void nextMonthsMissingTargetsAreReportedOnceAfterTheDeadline() throws Exception {
        YearMonth today = YearMonth.of(2031, 5);
        Clock beforeDeadline = fixedAt(today.atDay(10).atTime(23, 0));
        Clock afterDeadline = fixedAt(today.atDay(11).atTime(9, 0));

        assertThat(sweepAt(beforeDeadline)).isZero();
        int missing = sweepAt(afterDeadline);

        assertThat(missing).isPositive();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage m = SMTP.getReceivedMessagesForDomain(directorMail)[0];
        assertThat(m.getSubject()).isEqualTo("[CSMS] 下月销售目标尚未设定");
        assertThat((String) m.getContent()).contains("2031-06", departments.get(group).getName());
        assertThat(sweepAt(afterDeadline)).as("reported once").isZero();
    }

    @Test
    void thePageListsGroupsAndAManagerSetsATargetThere() throws Exception {
        YearMonth month = now.plusMonths(4);
        String page = mvc.perform(get("/pay/targets").param("month", month.toString()).with(Fixtures.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-department=\"" + group + "\"", "未设定");

        String refused = mvc.perform(post("/pay/targets").with(Fixtures.as(manager)).with(csrf())
                .param("departmentId", String.valueOf(group)).param("month", month.toString()).param("amount", "-1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("目标金额须大于零", "value=\"-1\"");
        mvc.perform(post("/pay/targets").with(Fixtures.as(manager)).with(csrf())
                .param("departmentId", String.valueOf(group)).param("month", month.toString()).param("amount", "99000"))
                .andExpect(redirectedUrl("/pay/targets?month=" + month));
        assertThat(targets.of(group, month)).hasValueSatisfying(t -> assertThat(t.getAmount())
                .isEqualTo(csms.shared.Money.of("99000")));
        mvc.perform(get("/pay/targets").with(Fixtures.as(fixtures.user(group, Role.AGENT))))
                .andExpect(status().isForbidden());
    }

    private int sweepAt(Clock clock) {
        SalesTargets at = new SalesTargets(repository, rules, departments, users, mail, messages, organisation, audit,
                clock);
        return tx.execute(status -> at.reportMissing());
    }

    private Clock fixedAt(LocalDateTime local) {
        return Clock.fixed(local.atZone(organisation.zone()).toInstant(), organisation.zone());
    }
}
