package csms.visit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.WithSmtpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visit report mailed by a supervisor (RPT-3): the chosen department supervisor and general manager get one
 * message with the report as a Chinese PDF attachment over real SMTP (GreenMail); the sending is audited; someone
 * not offered as a recipient is refused and nothing leaves.
 */
@IntegrationTest
class VisitReportMailIT extends WithSmtpServer {


    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    CustomerArchive archive;

    long team;
    String supervisorMail;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void dataSet() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        team = fixtures.department();
        supervisorMail = "zhuguan" + System.nanoTime() + "@example.cn";
        supervisor = fixtures.userWithEmail(team, supervisorMail, "zh-CN", Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
        new VisitReportDataSet(jdbc).insert(team, agent.id(), agent.id(),
                VisitReportDataSet.gradedCustomer(archive, supervisor));
    }

    @Test
    void theSatisfactionAnalysisReachesTheSupervisorAndTheGeneralManagerAsAPdf() throws Exception {
        String gmMail = "zongjingli" + System.nanoTime() + "@example.cn";
        SignedInUser gm = fixtures.userWithEmail(null, gmMail, "zh-CN", Role.GENERAL_MANAGER);

        mvc.perform(post("/visits/reports/satisfaction/mail").param("from", "2024-03-01").param("to", "2024-04-30")
                .param("departmentId", String.valueOf(team))
                .param("recipients", String.valueOf(supervisor.id()), String.valueOf(gm.id()))
                .header("Accept-Language", "zh-CN").with(csrf()).with(Fixtures.as(supervisor)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "visitreport.mail.sent"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessagesForDomain(gmMail)[0];
        assertThat(Arrays.stream(received.getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder(gmMail, supervisorMail);
        assertThat(received.getSubject()).startsWith("满意度分析 2024-03-01");
        BodyPart pdf = attachment((MimeMultipart) received.getContent());
        assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("满意度分析-2024-03-01至2024-04-30.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("满意度分析", "等待时间太长");
        }
        assertThat(received.getSubject()).as("one message per language").isEqualTo(
                SMTP.getReceivedMessagesForDomain(supervisorMail)[0].getSubject());
        assertThat(audit.find(new AuditQuery(null, "visitreport.mailed", VisitReportMailing.SUBJECT, null, null,
                null), PageRequest.of(0, 50)).getContent()).anySatisfy(e -> assertThat(e.getSummary())
                        .contains(supervisor.displayName(), gm.displayName()));
    }

    @Test
    void eachRecipientReadsTheReportInTheirOwnLanguage() throws Exception {
        String gmMail = "gm-en" + System.nanoTime() + "@example.cn";
        long gmId = fixtures.userWithEmail(null, gmMail, "en", Role.GENERAL_MANAGER).id();

        mvc.perform(post("/visits/reports/summary/mail").param("from", "2024-03-01").param("to", "2024-04-30")
                .param("recipients", String.valueOf(supervisor.id()), String.valueOf(gmId))
                .header("Accept-Language", "zh-CN").with(csrf()).with(Fixtures.as(supervisor)))
                .andExpect(flash().attribute("success", "visitreport.mail.sent"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage english = SMTP.getReceivedMessagesForDomain(gmMail)[0];
        assertThat(Arrays.stream(english.getAllRecipients()).map(Object::toString)).containsExactly(gmMail);
        assertThat(english.getSubject()).startsWith("Return-visit summary report 2024-03-01");
        assertThat(MimeUtility.decodeText(attachment((MimeMultipart) english.getContent()).getFileName()))
                .isEqualTo("Return-visit summary report-2024-03-01-to-2024-04-30.pdf");
        MimeMessage chinese = SMTP.getReceivedMessagesForDomain(supervisorMail)[0];
        assertThat(Arrays.stream(chinese.getAllRecipients()).map(Object::toString)).containsExactly(supervisorMail);
        assertThat(chinese.getSubject()).startsWith("回访总结报告 2024-03-01");
    }

    @Test
    void aRecipientWhoIsNotOfferedIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/visits/reports/summary/mail").param("from", "2024-03-01").param("to", "2024-04-30")
                .param("recipients", String.valueOf(agent.id())).with(csrf()).with(Fixtures.as(supervisor)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "visitreport.mail.not-offered"));
        mvc.perform(post("/visits/reports/summary/mail").param("from", "2024-03-01").param("to", "2024-04-30")
                .param("recipients", String.valueOf(supervisor.id())).with(csrf()).with(Fixtures.as(agent)))
                .andExpect(status().isForbidden());

        assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();
    }

    private static BodyPart attachment(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("no attachment");
    }
}
