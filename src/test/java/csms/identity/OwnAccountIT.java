package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** Every user's own account: profile, password, language, and personal API tokens (page and API). */
@IntegrationTest
class OwnAccountIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    SignedInUser agent;

    @BeforeEach
    void agent() {
        agent = fixtures.user(fixtures.department(), Role.AGENT);
    }

    @Test
    void theAccountPageShowsTheProfileReadOnly() throws Exception {
        mvc.perform(get("/account").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(agent.displayName())))
                .andExpect(content().string(containsString(agent.agentNumber())))
                .andExpect(content().string(containsString("客服专员")))
                .andExpect(content().string(not(containsString("name=\"displayName\""))));
        mvc.perform(get("/api/v1/me").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(agent.getUsername()))
                .andExpect(jsonPath("$.departmentName").isString())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(content().string(not(containsString("{bcrypt}"))));
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndARepeat() throws Exception {
        mvc.perform(post("/account/password").with(Fixtures.as(agent)).with(csrf())
                .param("currentPassword", "wrong-one").param("newPassword", "Neu#Passwort-7")
                .param("newPasswordRepeat", "Neu#Passwort-7"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordChange", "currentPassword"));
        mvc.perform(post("/account/password").with(Fixtures.as(agent)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "Neu#Passwort-7")
                .param("newPasswordRepeat", "Neu#Passwort-8"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordChange", "newPasswordRepeat"));
        mvc.perform(post("/account/password").with(Fixtures.as(agent)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "12345678")
                .param("newPasswordRepeat", "12345678"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("passwordChange", "newPassword"));
        mvc.perform(post("/account/password").with(Fixtures.as(agent)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "Neu#Passwort-7")
                .param("newPasswordRepeat", "Neu#Passwort-7"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").with(csrf()).param("username", agent.getUsername()).param("password", "Neu#Passwort-7"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aTokenSecretIsShownOnceAndOnlyItsSha256IsStored() throws Exception {
        MvcResult issued = mvc.perform(post("/account/tokens").with(Fixtures.as(agent)).with(csrf())
                .param("name", "报表脚本").param("validDays", "30"))
                .andExpect(status().isOk()).andExpect(view().name("identity/token-issued"))
                .andExpect(header().string("Cache-Control", containsString("no-store"))).andReturn();
        String secret = (String) issued.getModelAndView().getModel().get("secret");
        assertThat(secret).startsWith("csms_").hasSizeGreaterThan(40);
        assertThat(issued.getResponse().getContentAsString()).contains(secret);
        long id = ((ApiToken) issued.getModelAndView().getModel().get("token")).getId();

        Map<String, Object> row = jdbc.sql("select * from api_token where id = :id").param("id", id).query().singleRow();
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));
        assertThat(row.entrySet()).filteredOn(e -> e.getKey().equalsIgnoreCase("token_hash")).singleElement()
                .extracting(e -> e.getValue().toString()).isEqualTo(sha256(secret));

        String page = mvc.perform(get("/account").with(Fixtures.as(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("报表脚本").contains(secret.substring(0, 12)).doesNotContain(secret);
    }

    @Test
    void theApiIssuesATokenWith201AndLocationAndNeverStoresTheSecretForARepeat() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/me/tokens").with(Fixtures.as(agent)).header("Idempotency-Key", "t-" + agent.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"CI\",\"validDays\":7}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/me/tokens/")))
                .andExpect(jsonPath("$.secret", startsWith("csms_")))
                .andExpect(jsonPath("$.expiresAt").isString()).andReturn();
        String secret = json.readTree(created.getResponse().getContentAsString()).get("secret").asString();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(post("/api/v1/me/tokens").with(Fixtures.as(agent)).header("Idempotency-Key", "t-" + agent.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"CI\",\"validDays\":7}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", location))
                .andExpect(content().string(not(containsString(secret))));
        assertThat(jdbc.sql("select count(*) from idempotency_record where body like :s").param("s", "%" + secret + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token where user_id = :u").param("u", agent.id())
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get(location.substring(location.indexOf("/api/"))).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("CI"))
                .andExpect(jsonPath("$.secret").doesNotExist()).andExpect(jsonPath("$.tokenHash").doesNotExist());
        mvc.perform(get("/api/v1/me/tokens").with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].prefix").value(secret.substring(0, 12)))
                .andExpect(content().string(not(containsString(sha256(secret)))));
        mvc.perform(post("/api/v1/me/tokens").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"validDays\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void aRevokedTokenGets401() throws Exception {
        String secret = issueByApi(agent);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(agent.getUsername()));
        long id = json.readTree(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andReturn().getResponse().getContentAsString()).get("content").get(0).get("id").asLong();

        SignedInUser other = fixtures.user(Role.AGENT);
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(Fixtures.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:unauthorized"));
    }

    @Test
    void aTokenRevokedOnThePageStopsWorking() throws Exception {
        String secret = issueByApi(agent);
        long id = jdbc.sql("select id from api_token where token_hash = :h").param("h", sha256(secret)).query(Long.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUsersTokenGets401() throws Exception {
        String secret = issueByApi(agent);
        SignedInUser admin = fixtures.user(Role.ADMIN);
        Fixtures.as(admin, () -> {
            users.disable(agent.id(), admin.id());
            return null;
        });
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void theLanguagePreferenceSwitchesTheUiToEnglishAndIsKeptForTheNextSignIn() throws Exception {
        mvc.perform(get("/account").with(Fixtures.as(agent))).andExpect(content().string(containsString("我的账户")));
        MvcResult switched = mvc.perform(post("/account/language").param("lang", "en").with(Fixtures.as(agent)).with(csrf())
                .header("Referer", "http://localhost/account?tab=tokens&lang=zh-CN"))
                .andExpect(redirectedUrl("/account?tab=tokens"))
                .andExpect(cookie().value("csms-lang", "en")).andReturn();
        assertThat(users.get(agent.id()).getLocale()).isEqualTo("en");
        Cookie lang = switched.getResponse().getCookie("csms-lang");
        mvc.perform(get("/account").with(Fixtures.as(agent)).cookie(lang))
                .andExpect(content().string(containsString("My account")))
                .andExpect(content().string(containsString("Change password")))
                .andExpect(content().string(not(containsString("我的账户"))));

        // A fresh browser gets the stored language at sign-in.
        mvc.perform(post("/login").with(csrf()).param("username", agent.getUsername()).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(cookie().value("csms-lang", "en"));
    }

    @Test
    void theLanguageSwitchRefusesAGetAndAForeignPost() throws Exception {
        mvc.perform(get("/account/language").param("lang", "en").with(Fixtures.as(agent)))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/account/language").param("lang", "en").with(Fixtures.as(agent)))
                .andExpect(status().isForbidden());
        assertThat(users.get(agent.id()).getLocale()).isEqualTo("zh-CN");
    }

    @Test
    void theLanguageSwitchOnlyGoesBackToPagesOfThisSite() throws Exception {
        mvc.perform(post("/account/language").param("lang", "zh-CN").with(Fixtures.as(agent)).with(csrf())
                .header("Referer", "https://evil.example.com/phish")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/language").param("lang", "zh-CN").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/language").param("lang", "fr").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(users.get(agent.id()).getLocale()).isEqualTo("zh-CN");
    }

    @Test
    void accountPagesAndMeNeedSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer csms_forged")).andExpect(status().isUnauthorized());
    }

    private String issueByApi(SignedInUser user) throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(Fixtures.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"脚本\"}")).andExpect(status().isCreated())
                .andExpect(header().string("Location", not(endsWith("/tokens")))).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("secret").asString();
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
