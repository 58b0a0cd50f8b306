package csms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.ApiTokens;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** The conventions every module relies on: sign-in, throttling, problem details, request hygiene. */
@IntegrationTest
class SystemShellIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void organisation() {
        fixtures.organisationSetUp();
    }

    @Test
    void pagesNeedSignInAndApiAnswersWithAProblemDetail() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/anything").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:unauthorized"))
                .andExpect(jsonPath("$.title").value("未认证"));
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdministratorsToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        SignedInUser agent = fixtures.user(Role.AGENT);
        SignedInUser admin = fixtures.user(Role.ADMIN);
        String agentToken = Fixtures.as(agent, () -> tokens.issue(agent.id(), "metrics", null)).secret();
        String adminToken = Fixtures.as(admin, () -> tokens.issue(admin.id(), "metrics", null)).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + agentToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void setupIsClosedOnceDone() throws Exception {
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/setup").with(csrf()).param("organisationName", "X").param("serviceCentreName", "Y")
                .param("timeZone", "UTC").param("adminUsername", "intruder").param("adminDisplayName", "I")
                .param("adminPassword", "Very#Secret-1").param("adminPasswordRepeat", "Very#Secret-1"))
                .andExpect(redirectedUrl("/login"));
        assertThat(fixtures.userExists("intruder")).isFalse();
    }

    @Test
    void signInIsAudited() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(post("/login").with(csrf()).param("username", agent.getUsername())
                .param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        var entries = audit.find(new AuditQuery(agent.getUsername(), "auth.signed-in", null, null, null, null),
                PageRequest.of(0, 5));
        assertThat(entries.getTotalElements()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockKnownAndUnknownNamesAlike() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        for (String name : new String[] { agent.getUsername(), "nobody-" + System.nanoTime() }) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong-password"))
                        .andExpect(redirectedUrl("/login?error"));
            }
            // Even the right password is refused while locked, and the answer does not tell whether the name exists.
            mvc.perform(post("/login").with(csrf()).param("username", name).param("password", Fixtures.PASSWORD))
                    .andExpect(redirectedUrl("/login?locked"));
        }
    }

    @Test
    void bearerTokensAuthenticateOnlyWhileValid() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        var issued = Fixtures.as(agent, () -> tokens.issue(agent.id(), "integration", null));
        assertThat(issued.secret()).startsWith("csms_");
        assertThat(tokens.authenticate(issued.secret())).map(SignedInUser::id).contains(agent.id());
        Fixtures.as(agent, () -> {
            tokens.revoke(issued.token().getId(), agent.id(), false);
            return null;
        });
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.authenticate("csms_forged")).isEmpty();
    }

    @Test
    void unknownPagesShowAFriendlyTranslatedPage() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/no-such-page").with(Fixtures.as(agent)).header("Accept", "text/html,*/*;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在。")));
        var issued = Fixtures.as(agent, () -> tokens.issue(agent.id(), "not-found", null));
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:not-found"));
    }
}
