package csms.script;

import static csms.browser.Texts.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The script library: seeded from the rulebook, revised by supervisors as new revisions, used by agents (SCR-1…3). */
@IntegrationTest
class ScriptLibraryIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Scripts scripts;
    @Autowired
    AuditTrail audit;

    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void users() {
        agent = fixtures.user(Role.AGENT);
        supervisor = fixtures.user(Role.SUPERVISOR);
    }

    private String json(String title, String steps) {
        return "{\"title\":\"" + title + "\",\"situation\":\"NOISY_LINE\",\"steps\":" + steps + "}";
    }

    @Test
    void everySituationOfTheRulebookHasASeededScript() {
        for (ReplySituation s : ReplySituation.values()) {
            if (s != ReplySituation.OTHER) {
                assertThat(Fixtures.as(agent, () -> scripts.forSituation(s, null))).as(s.name()).isNotEmpty();
            }
        }
        List<RenderedScript> closings = Fixtures.as(agent, () -> scripts.forSituation(ReplySituation.VISIT_CLOSING,
                ScriptValues.forCustomer("女士", "李", null, null, null, "节日快乐")));
        assertThat(closings).extracting(RenderedScript::branch).containsExactly(ScriptBranch.SATISFIED,
                ScriptBranch.AVERAGE, ScriptBranch.UNSATISFIED);
        assertThat(closings.getFirst().steps().getFirst().text()).contains("祝您节日快乐");
    }

    @Test
    void thePanelFillsTheCustomerAndTheChosenWishInChineseAndShowsNothingBeforeASituationIsChosen() throws Exception {
        mvc.perform(get("/scripts/panel").with(Fixtures.as(agent)).param("situation", "VISIT_CLOSING")
                        .param("customerTitle", "女士").param("customerSurname", "李").param("wish", "HOLIDAY")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("祝您节日快乐")))
                .andExpect(content().string(containsString("data-script=\"VISIT_CLOSING_UNSATISFIED\"")));
        mvc.perform(get("/scripts/panel").with(Fixtures.as(agent)).param("situation", "CLOSING_PENDING")
                        .param("customerSurname", "李"))
                .andExpect(content().string(containsString(ScriptValues.NEUTRAL_ADDRESS + "，我们的工作人员")));
        mvc.perform(get("/scripts/panel").with(Fixtures.as(agent)).param("situation", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString(zh("script.panel.empty"))));
    }

    @Test
    void theSilentCallIsRenderedForTheCustomerWithItsRepeatsAndWaits() throws Exception {
        long id = Fixtures.as(agent, () -> scripts.forSituation(ReplySituation.SILENT_CALL, null)).getFirst().id();
        mvc.perform(get("/api/v1/scripts/" + id).with(Fixtures.as(agent)).param("customerTitle", "先生")
                        .param("customerSurname", "张"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beats.length()").value(4))
                .andExpect(jsonPath("$.beats[0].text").value(containsString("客服中心为您服务")))
                .andExpect(jsonPath("$.beats[0].waitSeconds").value(3))
                .andExpect(jsonPath("$.beats[2].round").value(2))
                .andExpect(jsonPath("$.beats[3].text").value(containsString("再见")));
        long noisy = Fixtures.as(agent, () -> scripts.forSituation(ReplySituation.NOISY_LINE, null)).getFirst().id();
        mvc.perform(get("/api/v1/scripts/" + noisy).with(Fixtures.as(agent)).param("customerTitle", "女士"))
                .andExpect(jsonPath("$.steps[0].waitSeconds").value(10))
                .andExpect(jsonPath("$.steps[0].text").value(containsString("对不起，女士，")));
        mvc.perform(get("/api/v1/scripts/" + noisy).with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.steps[0].text").value(containsString(ScriptValues.NEUTRAL_ADDRESS)))
                .andExpect(jsonPath("$.steps[0].text").value(org.hamcrest.Matchers.not(containsString("null"))));
    }

    @Test
    void everyEditIsANewRevisionKeptInTheHistoryAndAudited() throws Exception {
        String title = "杂音-" + System.nanoTime();
        String body = mvc.perform(post("/api/v1/scripts").with(Fixtures.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(title, "[{\"text\":\"请您大点声,好吗?\",\"waitSeconds\":10}]")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.revision").value(1)).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/v1/scripts/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json(title,
                                "[{\"text\":\"请您大点声,好吗?\",\"waitSeconds\":10},{\"text\":\"请您换个电话再打过来,再见!\"}]")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/scripts/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json(title, "[{\"text\":\"过期\"}]")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/scripts/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json(title, "[]")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/scripts/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(title, "[{\"text\":\"您好\",\"waitSeconds\":-5}]")))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/scripts/" + id + "/revisions").with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].revision").value(2)).andExpect(jsonPath("$[0].steps.length()").value(2))
                .andExpect(jsonPath("$[1].revision").value(1)).andExpect(jsonPath("$[1].steps.length()").value(1));
        for (String action : new String[] { "script.created", "script.revised" }) {
            assertThat(audit.find(new AuditQuery(supervisor.getUsername(), action, Scripts.SUBJECT,
                    String.valueOf(id), null, null), PageRequest.of(0, 5)).getTotalElements()).as(action).isEqualTo(1);
        }
    }

    @Test
    void agentsUseScriptsButCannotEditThem() throws Exception {
        long id = Fixtures.as(agent, () -> scripts.forSituation(ReplySituation.GREETING, null)).getFirst().id();
        mvc.perform(put("/api/v1/scripts/" + id).with(Fixtures.as(agent)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json("坐席", "[{\"text\":\"您好\"}]")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/scripts").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content(json("坐席", "[{\"text\":\"您好\"}]"))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/scripts").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/scripts/" + id).with(Fixtures.as(agent)).with(csrf()).param("title", "坐席"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> Fixtures.as(agent, () -> scripts.revise(id, new ScriptDefinition("坐席",
                ReplySituation.GREETING, null, List.of(new ScriptStep("您好", null, null)), 0L))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/scripts").with(Fixtures.as(agent)).param("situation", "GREETING"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(zh("script.situation.GREETING"))))
                .andExpect(content().string(containsString(agent.agentNumber() + "号为您服务")));
    }

    @Test
    void aSupervisorRevisesStepsOnThePageAndSeesTheHistory() throws Exception {
        String title = "页面话术-" + System.nanoTime();
        String location = mvc.perform(post("/settings/scripts/new").with(Fixtures.as(supervisor)).with(csrf())
                        .param("title", title).param("situation", "LOW_VOICE")
                        .param("stepText", "对不起,请您大声些,好吗?", "").param("stepWait", "5", "")
                        .param("stepTimes", "", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/settings/scripts/new").with(Fixtures.as(supervisor)).with(csrf())
                        .param("title", "没有步骤的话术").param("situation", "LOW_VOICE")
                        .param("stepText", "", "").param("stepWait", "", "").param("stepTimes", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(zh("script.steps-required"))))
                .andExpect(content().string(containsString("没有步骤的话术")));
        mvc.perform(post("/settings/scripts/" + id).with(Fixtures.as(supervisor)).with(csrf())
                        .param("title", title).param("situation", "LOW_VOICE").param("version", "0")
                        .param("stepText", "对不起,请您大声些,好吗?", "还是听不清,请您换个电话再打过来,再见!", "")
                        .param("stepWait", "5", "", "").param("stepTimes", "", "", ""))
                .andExpect(redirectedUrl("/settings/scripts/" + id));
        mvc.perform(get("/settings/scripts/" + id).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-revision=\"2\"")))
                .andExpect(content().string(containsString("data-revision=\"1\"")))
                .andExpect(content().string(containsString("还是听不清")));
        mvc.perform(post("/settings/scripts/" + id).with(Fixtures.as(supervisor)).with(csrf())
                        .param("title", title).param("situation", "LOW_VOICE").param("version", "0")
                        .param("stepText", "我写的过期内容", "").param("stepWait", "", "").param("stepTimes", "", ""))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("我写的过期内容")));
        mvc.perform(post("/settings/scripts/" + id).with(Fixtures.as(supervisor)).with(csrf())
                        .param("title", title).param("situation", "LOW_VOICE").param("version", "1")
                        .param("stepText", "您好", "").param("stepWait", "十", "").param("stepTimes", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(zh("script.step.number"))));
        assertThat(Fixtures.as(supervisor, () -> scripts.get(id)).getRevision()).isEqualTo(2);
    }
}
