package csms.script;

import static csms.browser.Texts.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Reply templates: supervisors write them (versioned, audited), agents find them and use them filled in (SCR-1, SCR-3). */
@IntegrationTest
class ReplyTemplatesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReplyTemplates templates;
    @Autowired
    AuditTrail audit;

    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void users() {
        agent = fixtures.user(Role.AGENT);
        supervisor = fixtures.user(Role.SUPERVISOR);
    }

    @Test
    void aSupervisorWritesRevisesAndDeletesATemplateOverTheApi() throws Exception {
        String title = "致歉-" + System.nanoTime();
        String body = mvc.perform(post("/api/v1/reply-templates").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + title
                        + "\",\"situation\":\"ANGRY_CUSTOMER\",\"text\":\"{customer.surname}{customer.title},非常抱歉给您带来不便。\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.situation").value("ANGRY_CUSTOMER"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/v1/reply-templates/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + title
                        + "\",\"situation\":\"ANGRY_CUSTOMER\",\"text\":\"{customer.surname}{customer.title},请您别着急,我马上为您处理。\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/reply-templates/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"过期\",\"situation\":\"OTHER\",\"text\":\"过期\"}"))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/reply-templates/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/reply-templates").with(Fixtures.as(agent)).param("q", title))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].text").value(containsString("别着急")));
        mvc.perform(delete("/api/v1/reply-templates/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reply-templates/" + id).with(Fixtures.as(agent))).andExpect(status().isNotFound());

        for (String action : new String[] { "reply-template.created", "reply-template.revised", "reply-template.deleted" }) {
            assertThat(audit.find(new AuditQuery(supervisor.getUsername(), action, ReplyTemplates.SUBJECT,
                    String.valueOf(id), null, null), PageRequest.of(0, 5)).getTotalElements()).as(action).isEqualTo(1);
        }
    }

    @Test
    void renderingFillsThePlaceholdersAndKeepsThoseWithoutAValue() {
        ReplyTemplate t = Fixtures.as(supervisor, () -> templates.create(new TemplateDefinition("占位符-" + System.nanoTime(),
                ReplySituation.CLOSING_PENDING,
                "{customer.surname}{customer.title},我是{organisation}{centre}{agent.number}号,{customer.surname}{customer.title}再见!",
                null)));
        String text = Fixtures.as(agent, () -> templates.render(t.getId(), Placeholders.forCustomer("先生", "王", "A007")));
        assertThat(text).isEqualTo("王先生,我是测试机构客服中心A007号,王先生再见!");

        String partial = Fixtures.as(agent, () -> templates.render(t.getId(),
                new Placeholders(null, " ", "A007", "另一机构", null)));
        assertThat(partial).isEqualTo("{customer.surname}{customer.title},我是另一机构客服中心A007号,{customer.surname}{customer.title}再见!");
    }

    @Test
    void anAgentGetsTheTextFilledWithTheirNumberForThePicker() throws Exception {
        ReplyTemplate t = Fixtures.as(supervisor, () -> templates.create(new TemplateDefinition("工号-" + System.nanoTime(),
                ReplySituation.GREETING, "您好,{centre},{agent.number}号为您服务。", null)));
        mvc.perform(get("/reply-templates/" + t.getId() + "/text").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string("您好,客服中心," + agent.agentNumber() + "号为您服务。"));
        mvc.perform(get("/api/v1/reply-templates/" + t.getId() + "/rendered").with(Fixtures.as(agent))
                .param("customerTitle", "女士").param("customerSurname", "李"))
                .andExpect(jsonPath("$.text").value("您好,客服中心," + agent.agentNumber() + "号为您服务。"));
        mvc.perform(get("/reply-templates/picker").with(Fixtures.as(agent)).param("q", t.getTitle()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reply-templates/" + t.getId() + "/text")))
                .andExpect(content().string(containsString(zh("script.situation.GREETING"))));
    }

    @Test
    void theRulebooksPhrasesAreSeeded() {
        var closings = Fixtures.as(agent, () -> templates.search(null, ReplySituation.CLOSING_ANSWERED,
                PageQuery.of(0, 10, null)));
        assertThat(closings.getContent()).extracting(ReplyTemplate::getText)
                .contains("请问还有什么帮您的吗?{customer.surname}{customer.title},感谢您的来电,再见!");
    }

    @Test
    void agentsUseTemplatesButCannotEditThem() throws Exception {
        mvc.perform(post("/api/v1/reply-templates").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"坐席\",\"situation\":\"OTHER\",\"text\":\"您好\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/reply-templates").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/reply-templates").with(Fixtures.as(agent)).with(csrf())
                .param("title", "坐席").param("situation", "OTHER").param("text", "您好"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> Fixtures.as(agent, () -> templates.create(new TemplateDefinition("坐席",
                ReplySituation.OTHER, "您好", null)))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/reply-templates").with(Fixtures.as(agent))).andExpect(status().isOk());
    }

    @Test
    void aSupervisorWritesATemplateOnThePageAndIsToldWhatIsMissing() throws Exception {
        String title = "页面模板-" + System.nanoTime();
        mvc.perform(post("/settings/reply-templates").with(Fixtures.as(supervisor)).with(csrf())
                .param("title", title).param("situation", "WRONG_NUMBER").param("text", "对不起,请您查正后再拨。再见!"))
                .andExpect(redirectedUrl("/settings/reply-templates"));
        mvc.perform(get("/settings/reply-templates").with(Fixtures.as(supervisor)).param("q", title))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(zh("script.situation.WRONG_NUMBER"))));

        mvc.perform(post("/settings/reply-templates").with(Fixtures.as(supervisor)).with(csrf())
                .param("title", "没有内容").param("situation", "OTHER").param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(zh("script.template.text-required"))))
                .andExpect(content().string(containsString("没有内容")));

        long id = Fixtures.as(supervisor, () -> templates.search(title, null, PageQuery.of(0, 1, null)))
                .getContent().getFirst().getId();
        mvc.perform(post("/settings/reply-templates/" + id).with(Fixtures.as(supervisor)).with(csrf())
                .param("title", title).param("situation", "WRONG_NUMBER").param("text", "过期的内容").param("version", "5"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的内容")));
        mvc.perform(post("/settings/reply-templates/" + id + "/delete").with(Fixtures.as(supervisor)).with(csrf())
                .param("version", "0")).andExpect(redirectedUrl("/settings/reply-templates"));
        assertThat(Fixtures.as(supervisor, () -> templates.search(title, null, PageQuery.of(0, 1, null)))
                .getTotalElements()).isZero();
    }
}
