package csms.script;

import static csms.browser.Texts.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The reply check over the API and for pages, and the word lists kept by supervisors (SCR-13, CMP-9). */
@IntegrationTest
class ReplyQualityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
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
    void theApiFindsTheRulebooksRefusalMissingCourtesyAndAMissingGoodbye() throws Exception {
        mvc.perform(post("/api/v1/reply-quality/check").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"这个不行\",\"closing\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(false))
                .andExpect(jsonPath("$.findings[0].kind").value("FORBIDDEN_PHRASE"))
                .andExpect(jsonPath("$.findings[0].category").value("REFUSAL"))
                .andExpect(jsonPath("$.findings[0].phrase").value("不行"))
                .andExpect(jsonPath("$.findings[0].offset").value(2))
                .andExpect(jsonPath("$.findings[0].length").value(2))
                .andExpect(jsonPath("$.findings[0].messageKey").value("script.finding.REFUSAL"))
                .andExpect(jsonPath("$.findings[0].message").value(zh("script.finding.REFUSAL", "不行")))
                .andExpect(jsonPath("$.findings[?(@.kind == 'MISSING_COURTESY')].phrase")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("请", "您")))
                .andExpect(jsonPath("$.findings[?(@.kind == 'MISSING_CLOSING')].phrase").value(
                        org.hamcrest.Matchers.contains("再见")));
    }

    @Test
    void aPoliteClosingIsClean() throws Exception {
        mvc.perform(post("/api/v1/reply-quality/check").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请问还有什么帮您的吗?张先生,感谢您的来电,再见!\",\"closing\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clean").value(true))
                .andExpect(jsonPath("$.findings.length()").value(0));
    }

    @Test
    void thePageCheckAnswersWithTheFindingsAsHtml() throws Exception {
        mvc.perform(post("/reply-quality/check").with(Fixtures.as(agent)).with(csrf())
                .param("text", "这个不行<b>").param("held", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(zh("script.finding.REFUSAL", "不行"))))
                .andExpect(content().string(containsString(zh("script.check.held"))))
                .andExpect(content().string(containsString("data-finding-count=\"3\"")))
                .andExpect(content().string(not(containsString("<b>"))));
    }

    @Test
    void aSupervisorsNewPhraseIsCheckedAtOnceAndAudited() throws Exception {
        String phrase = "测试禁语" + System.nanoTime();
        String body = mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phrase\":\" " + phrase + " \",\"category\":\"RUDE\",\"suggestion\":\"请稍等\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.phrase").value(phrase))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(post("/api/v1/reply-quality/check").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请您注意," + phrase + "\"}"))
                .andExpect(jsonPath("$.findings[0].phrase").value(phrase))
                .andExpect(jsonPath("$.findings[0].suggestion").value("请稍等"));
        assertThat(audit.find(new AuditQuery(supervisor.getUsername(), "reply-phrase.added", ReplyQuality.SUBJECT,
                String.valueOf(id), null, null), PageRequest.of(0, 5)).getContent())
                .singleElement().extracting(AuditEntry::getSummary).isEqualTo(phrase);

        mvc.perform(delete("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reply-quality/check").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请您注意," + phrase + "\"}"))
                .andExpect(jsonPath("$.clean").value(true));
        assertThat(audit.find(new AuditQuery(null, "reply-phrase.removed", ReplyQuality.SUBJECT, String.valueOf(id),
                null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void revisingIsVersionChecked() throws Exception {
        long id = addOverApi("过期测试" + System.nanoTime(), "ARGUING");
        mvc.perform(put("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"改后" + id + "\",\"category\":\"RUDE\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        assertThat(audit.find(new AuditQuery(null, "reply-phrase.revised", ReplyQuality.SUBJECT, String.valueOf(id),
                null, null), PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(e -> assertThat(e.getChanges()).contains("ARGUING").contains("RUDE"));

        mvc.perform(put("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(supervisor)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"过期的\",\"category\":\"RUDE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(supervisor)).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.phrase").value("改后" + id));
    }

    @Test
    void aBlankOrDuplicatePhraseIsRefused() throws Exception {
        mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"  \",\"category\":\"RUDE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
        mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"不行\",\"category\":\"RUDE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
        mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"无类别" + System.nanoTime() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }

    @Test
    void agentsCheckAndReadButDoNotEdit() throws Exception {
        mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(agent))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phrase\":\"坐席加的\",\"category\":\"RUDE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reply-quality/phrases").with(Fixtures.as(agent)).param("category", "REFUSAL"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/settings/reply-quality").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/reply-quality").with(Fixtures.as(agent)).with(csrf())
                .param("phrase", "坐席加的").param("category", "RUDE")).andExpect(status().isForbidden());
        SignedInUser admin = fixtures.user(Role.ADMIN);
        mvc.perform(post("/api/v1/reply-quality/check").with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorAddsAndRemovesAPhraseOnThePage() throws Exception {
        String phrase = "页面禁语" + System.nanoTime();
        mvc.perform(post("/settings/reply-quality").with(Fixtures.as(supervisor)).with(csrf())
                .param("phrase", phrase).param("category", "BLAME_SHIFTING").param("suggestion", "我帮您联系"))
                .andExpect(redirectedUrl("/settings/reply-quality"));
        mvc.perform(get("/settings/reply-quality").with(Fixtures.as(supervisor)).param("q", phrase))
                .andExpect(status().isOk()).andExpect(content().string(containsString(phrase)))
                .andExpect(content().string(containsString(zh("script.category.BLAME_SHIFTING"))))
                .andExpect(content().string(containsString(zh("script.quality.remove-question", phrase))));

        mvc.perform(post("/settings/reply-quality").with(Fixtures.as(supervisor)).with(csrf())
                .param("phrase", "").param("category", "RUDE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(zh("script.phrase.required"))));

        String list = mvc.perform(get("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor)).param("q", phrase))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(list, "$.content[0].id")).longValue();
        mvc.perform(post("/settings/reply-quality/" + id + "/remove").with(Fixtures.as(supervisor)).with(csrf())
                .param("version", "0")).andExpect(redirectedUrl("/settings/reply-quality"));
        mvc.perform(get("/api/v1/reply-quality/phrases/" + id).with(Fixtures.as(supervisor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListIsPaginatedAndSearchable() throws Exception {
        mvc.perform(get("/api/v1/reply-quality/phrases").with(Fixtures.as(agent)).param("size", "2")
                .param("sort", "phrase"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/v1/reply-quality/phrases").with(Fixtures.as(agent)).param("q", "不明白"))
                .andExpect(jsonPath("$.content[0].category").value("REFUSAL"));
        mvc.perform(get("/api/v1/reply-quality/phrases").with(Fixtures.as(agent)).param("sort", "nope"))
                .andExpect(status().isUnprocessableContent());
    }

    private long addOverApi(String phrase, String category) throws Exception {
        String body = mvc.perform(post("/api/v1/reply-quality/phrases").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phrase\":\"" + phrase + "\",\"category\":\"" + category + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
