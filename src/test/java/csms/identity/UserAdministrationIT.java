package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrator's user pages and API: creating, validating, versioned edits, idempotent creation, access. */
@IntegrationTest
class UserAdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts users;
    @Autowired
    AuditTrail audit;

    SignedInUser admin;

    @BeforeEach
    void admin() {
        admin = fixtures.user(Role.ADMIN);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void adminCreatesAUserOnThePageAndTheUserCanSignIn() throws Exception {
        String username = unique("li.na.");
        long dept = fixtures.department();
        mvc.perform(post("/admin/users").with(Fixtures.as(admin)).with(csrf())
                .param("username", username).param("displayName", "李娜").param("roles", "AGENT", "SUPERVISOR")
                .param("agentNumber", "A" + System.nanoTime() % 1_000_000).param("departmentId", String.valueOf(dept))
                .param("email", "lina@example.com").param("password", "Kefu#2026-lina"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        SignedInUser created = fixtures.principal(username);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(created.departmentId()).isEqualTo(dept);

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Kefu#2026-lina"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/users").with(Fixtures.as(admin)).param("q", username))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李娜")));
    }

    @Test
    void theListSearchesByAgentNumberAndFiltersByDepartmentAndState() throws Exception {
        long dept = fixtures.department();
        SignedInUser member = fixtures.user(dept, Role.AGENT);
        SignedInUser outsider = fixtures.user(Role.AGENT);
        mvc.perform(get("/admin/users").with(Fixtures.as(admin)).param("q", member.agentNumber()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(member.getUsername())))
                .andExpect(content().string(not(containsString(outsider.getUsername()))));
        mvc.perform(get("/admin/users").with(Fixtures.as(admin)).param("departmentId", String.valueOf(dept))
                .param("enabled", "false"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("empty-state")));
        mvc.perform(get("/api/v1/users").with(Fixtures.as(admin)).param("departmentId", String.valueOf(dept))
                .param("sort", "-username"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].username").value(member.getUsername()))
                .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/users").with(Fixtures.as(admin)).param("q", "%"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/users").with(Fixtures.as(admin)).param("q", member.getUsername().toUpperCase()))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/users").with(Fixtures.as(admin)).param("sort", "passwordHash"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theListIsPagedAndKeepsItsFiltersInThePagerLinks() throws Exception {
        long dept = fixtures.department();
        for (int i = 0; i < 21; i++) {
            fixtures.user(dept, Role.AGENT);
        }
        // Parameters in the query string, as a browser sends a GET form (the pager copies the query string).
        mvc.perform(get("/admin/users?departmentId=" + dept + "&sort=-createdAt").with(Fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("departmentId=" + dept)))
                .andExpect(content().string(containsString("sort=-createdAt&amp;page=1")))
                .andExpect(content().string(containsString("sort=createdAt&amp;page=0")));
        mvc.perform(get("/admin/users").with(Fixtures.as(admin)).param("departmentId", String.valueOf(dept))
                .param("page", "1")).andExpect(status().isOk());
    }

    @Test
    void nonAdministratorsAreRefusedAdminPagesAndApi() throws Exception {
        for (Role role : new Role[] { Role.AGENT, Role.SUPERVISOR, Role.DIRECTOR, Role.HR }) {
            SignedInUser user = fixtures.user(role);
            for (String page : new String[] { "/admin/users", "/admin/users/new", "/admin/users/" + admin.id(),
                "/admin/departments", "/settings/organisation" }) {
                mvc.perform(get(page).with(Fixtures.as(user))).andExpect(status().isForbidden());
            }
            for (String api : new String[] { "/api/v1/users", "/api/v1/users/" + admin.id(), "/api/v1/departments",
                "/api/v1/organisation" }) {
                mvc.perform(get(api).with(Fixtures.as(user))).andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
            }
            mvc.perform(post("/api/v1/users").with(Fixtures.as(user)).contentType(MediaType.APPLICATION_JSON)
                    .content(newUserJson(unique("x"), "Kefu#2026-x"))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + admin.id() + "/disable").with(Fixtures.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(fixtures.principal(admin.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void invalidInputReRendersTheFormWithTheInputAndFieldErrors() throws Exception {
        String username = unique("wang.");
        mvc.perform(post("/admin/users").with(Fixtures.as(admin)).with(csrf())
                .param("username", username).param("displayName", "").param("email", "not-an-email")
                .param("agentNumber", "工号!").param("_roles", "on").param("password", "password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "displayName", "email", "agentNumber", "roles"))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(containsString("not-an-email")));
        // Bean Validation passes, the password policy refuses: still the same form, message on the password field.
        mvc.perform(post("/admin/users").with(Fixtures.as(admin)).with(csrf())
                .param("username", username).param("displayName", "王五").param("roles", "AGENT")
                .param("password", "password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "password"))
                .andExpect(content().string(containsString("密码太常见")))
                .andExpect(content().string(containsString("王五")));
        assertThat(fixtures.userExists(username)).isFalse();
    }

    @Test
    void apiFieldErrorsNameTheFieldsInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        String body = "{\"username\":\"\",\"displayName\":\"张三\",\"password\":\"Kefu#2026-zs\",\"roles\":[\"AGENT\"]}";
        mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message", hasItem("不能为空")));
        mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value(not(containsString("输入"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message", hasItem("must not be blank")));
        // A rule of the facade (password policy) names its field too.
        mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(newUserJson(unique("p"), "password")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message", containsString("common")));
    }

    @Test
    void aStaleApiUpdateIsAConflictAndChangesNothing() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        MvcResult read = mvc.perform(get("/api/v1/users/" + agent.id()).with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.passwordHash").doesNotExist()).andReturn();
        assertThat(read.getResponse().getContentAsString()).doesNotContain("{bcrypt}").doesNotContain("password");

        mvc.perform(put("/api/v1/users/" + agent.id()).with(Fixtures.as(admin)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"新名字\",\"roles\":[\"AGENT\"],\"email\":\"a@example.com\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.displayName").value("新名字"));
        mvc.perform(put("/api/v1/users/" + agent.id()).with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"过期的修改\",\"roles\":[\"AGENT\"],\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"));
        mvc.perform(put("/api/v1/users/" + agent.id()).with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"没有版本\",\"roles\":[\"AGENT\"]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        UserAccount now = users.get(agent.id());
        assertThat(now.getDisplayName()).isEqualTo("新名字");
        assertThat(now.getVersion()).isEqualTo(1);
    }

    @Test
    void aStaleFormShowsTheConflictAndKeepsTheInput() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        Fixtures.as(admin, () -> users.update(agent.id(), new UserChanges("别人改过", null, null, null,
                java.util.EnumSet.of(Role.AGENT), 0)));
        mvc.perform(post("/admin/users/" + agent.id()).with(Fixtures.as(admin)).with(csrf())
                .param("displayName", "我的修改").param("roles", "AGENT").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("我的修改")));
        assertThat(users.get(agent.id()).getDisplayName()).isEqualTo("别人改过");
    }

    @Test
    void anIdempotencyKeyRepeatCreatesOneUserAndReplaysTheSameResponse() throws Exception {
        String username = unique("idem.");
        String key = unique("key-");
        String body = newUserJson(username, "Kefu#2026-idem");
        MvcResult first = mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
        String location = first.getResponse().getHeader("Location");
        assertThat(location).matches(".*/api/v1/users/\\d+");
        MvcResult repeat = mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location))
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(repeat.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(audit.find(new AuditQuery(null, "user.created", "User", id, null, null), PageRequest.of(0, 5))
                .getTotalElements()).isEqualTo(1);
        mvc.perform(get("/api/v1/users").with(Fixtures.as(admin)).param("q", username))
                .andExpect(jsonPath("$.totalElements").value(1));

        mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(newUserJson(unique("other."), "Kefu#2026-idem")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:idempotency-key-reused"));
    }

    @Test
    void anAdministratorCannotDisableThemselfButCanDisableAndEnableOthers() throws Exception {
        mvc.perform(post("/admin/users/" + admin.id() + "/disable").with(Fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + admin.id()));
        assertThat(users.get(admin.id()).isEnabled()).isTrue();
        mvc.perform(post("/api/v1/users/" + admin.id() + "/disable").with(Fixtures.as(admin)))
                .andExpect(status().isUnprocessableContent());

        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(post("/admin/users/" + agent.id() + "/disable").with(Fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + agent.id()));
        assertThat(users.get(agent.id()).isEnabled()).isFalse();
        mvc.perform(post("/login").with(csrf()).param("username", agent.getUsername()).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/api/v1/users/" + agent.id() + "/enable").with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void anAdministratorResetsAPasswordUnderThePolicy() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(post("/admin/users/" + agent.id() + "/password").with(Fixtures.as(admin)).with(csrf())
                .param("password", "12345678"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("reset", "password"));
        mvc.perform(post("/api/v1/users/" + agent.id() + "/password").with(Fixtures.as(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Neu#Kennwort-42\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/login").with(csrf()).param("username", agent.getUsername()).param("password", "Neu#Kennwort-42"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theEditPageShowsTheUserAndSavesRoleChanges() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/admin/users/" + agent.id()).with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(agent.getUsername())))
                .andExpect(content().string(containsString("data-confirm")));
        mvc.perform(post("/admin/users/" + agent.id()).with(Fixtures.as(admin)).with(csrf())
                .param("displayName", agent.displayName()).param("roles", "AGENT", "SUPERVISOR").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users/" + agent.id()));
        assertThat(fixtures.principal(agent.getUsername()).roles()).contains(Role.SUPERVISOR);
        assertThat(audit.find(new AuditQuery(admin.getUsername(), "user.access-changed", "User",
                String.valueOf(agent.id()), null, null), PageRequest.of(0, 1)).getContent())
                .singleElement().satisfies(e -> assertThat(e.getChanges()).contains("roles: AGENT → AGENT,SUPERVISOR"));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdministratorRole() throws Exception {
        mvc.perform(put("/api/v1/users/" + admin.id()).with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"管理员\",\"roles\":[\"AGENT\"],\"version\":0}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("roles"));
        assertThat(users.get(admin.id()).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void userCreationAnswers201WithLocation() throws Exception {
        String username = unique("loc.");
        mvc.perform(post("/api/v1/users").with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(newUserJson(username, "Kefu#2026-loc")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/users/" + fixtures.principal(username).id())))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("AGENT"));
    }

    static String newUserJson(String username, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试\",\"password\":\"" + password
                + "\",\"roles\":[\"AGENT\"]}";
    }
}
