package csms.service;

import static csms.browser.Texts.zh;
import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.script.AgentReplyQuality;
import csms.script.PhraseCategory;
import csms.script.ReplyQualityReport;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.XlsxText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Replies sent to customers are checked and counted per agent for QA; a supervisor sees their team (SCR-13). */
@IntegrationTest
class ReplyQualityReportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ServiceRequests requests;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ReplyQualityReport report;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    Clock clock;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;
    LocalDate today;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        today = LocalDate.now(clock.withZone(organisation.zone()));
    }

    private Optional<AgentReplyQuality> lineOf(SignedInUser viewer, SignedInUser of) {
        List<AgentReplyQuality> lines = as(viewer, () -> report.report(today, today));
        return lines.stream().filter(l -> l.agentId() == of.id()).findFirst();
    }

    @Test
    void aReplyWithARefusalCountsForItsAgentAndAnInternalNoteDoesNot() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "质检客户", false, false);
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.consultation(customer, "质检咨询")));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.REPLY, "不行,这个办不了。", false));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.EMAIL, "请您放心,您的问题已处理。", false));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.EMAIL, "不行不行不行", true));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.NOTE, "不行", false));
        // a reply that ends the conversation must end with a closing phrase (再见)
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.REPLY, "请您稍后查收邮件。", false, true, null));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.REPLY, "请您放心,感谢来电,再见!", false, true, null));
        // the same through the request page's "ends the conversation" box
        mvc.perform(post("/requests/{id}/entries", r.id()).with(Fixtures.as(agent)).with(csrf())
                .param("version", String.valueOf(as(agent, () -> requests.view(r.id())).version()))
                .param("kind", "REPLY").param("text", "请您留意短信通知。").param("internal", "false")
                .param("closing", "true")).andExpect(status().is3xxRedirection());

        AgentReplyQuality line = lineOf(supervisor, agent).orElseThrow();
        assertThat(line.replies()).isEqualTo(5);
        assertThat(line.flagged()).isEqualTo(3);
        assertThat(line.findingsOf(PhraseCategory.REFUSAL)).isEqualTo(1);
        assertThat(line.findingsOf(PhraseCategory.COURTESY)).isEqualTo(2);
        assertThat(line.findingsOf(PhraseCategory.CLOSING)).isEqualTo(2);
        assertThat(line.agentNumber()).isEqualTo(agent.agentNumber());

        MvcResult started = mvc.perform(get("/reports/reply-quality/export").with(Fixtures.as(supervisor))
                .header("Accept-Language", "zh-CN").param("from", today.toString()).param("to", today.toString())
                .param("format", "xlsx")).andReturn();
        List<List<String>> rows = XlsxText.firstSheet(mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsByteArray());
        int refusal = rows.getFirst().indexOf(zh("script.category.REFUSAL"));
        List<String> row = rows.stream().filter(cells -> cells.contains(agent.agentNumber())).findFirst().orElseThrow();
        // 不行 is a refusal, and the reply lacks both 请 and 您: three findings in one reply.
        assertThat(row.subList(2, 5)).containsExactly("5", "3", "5");
        assertThat(row.get(refusal)).isEqualTo("1");
    }

    @Test
    void aSupervisorSeesTheirTeamAndAManagerSeesEveryone() throws Exception {
        long otherTeam = fixtures.department();
        SignedInUser stranger = fixtures.user(otherTeam, Role.AGENT);
        long customer = ServiceTestData.customer(archive, stranger, "别队客户", false, false);
        RequestDetails r = as(stranger, () -> requests.register(ServiceTestData.consultation(customer, "别队咨询")));
        as(stranger, () -> requests.addEntry(r.id(), TimelineKind.REPLY, "这不归我们管", false));

        assertThat(lineOf(supervisor, stranger)).isEmpty();
        assertThat(lineOf(fixtures.user(Role.DEPT_MANAGER), stranger)).isPresent();

        mvc.perform(get("/reports/reply-quality").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-agent=\"" + stranger.id() + "\""))));
        mvc.perform(get("/reports/reply-quality").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/reply-quality/export").with(Fixtures.as(supervisor))
                        .param("from", today.toString()).param("to", today.toString()).param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }
}
