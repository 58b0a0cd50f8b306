package csms.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.NewUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.UserChanges;
import csms.shared.ConflictException;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.SliceUsers;
import csms.testing.WebSlice;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The users REST controller alone: administrators only, input validation, the version of an edit. */
@WebMvcTest(UserApiController.class)
@WebSlice
class UserApiControllerSliceTest {

    private static final String UPDATE = """
            {"displayName":"王小明","agentNumber":"K-12","roles":["AGENT"]%s}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccounts users;

    @Test
    void agentMayNotListUsers() throws Exception {
        mvc.perform(get("/api/v1/users").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
        verifyNoInteractions(users);
    }

    @Test
    void evenTheDirectorMayNotCreateUsers() throws Exception {
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"lisi\",\"displayName\":\"李四\",\"password\":\"Long#Pass-2026\",\"roles\":[\"AGENT\"]}")
                        .with(Fixtures.as(SliceUsers.user(5L, Role.DIRECTOR))))
                .andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }

    @Test
    void createValidatesInputWithChineseFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"李 四\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}")
                        .with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("password")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("roles")))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message")
                        .value(hasItem("用户名只能包含字母、数字、点、下划线和连字符。")));
        verifyNoInteractions(users);
    }

    @Test
    void createAnswersCreatedWithLocationAndEtag() throws Exception {
        UserAccount created = account(31L, 0L);
        when(users.create(any())).thenReturn(created);

        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"lisi\",\"displayName\":\"李四\",\"password\":\"Long#Pass-2026\",\"roles\":[\"SUPERVISOR\"]}")
                        .with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/users/31"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(31))
                .andExpect(jsonPath("$.password").doesNotExist());

        ArgumentCaptor<NewUser> command = ArgumentCaptor.forClass(NewUser.class);
        verify(users).create(command.capture());
        assertThat(command.getValue().roles()).containsExactly(Role.SUPERVISOR);
    }

    @Test
    void ifMatchVersionIsPassedToTheFacade() throws Exception {
        UserAccount saved = account(31L, 5L);
        when(users.update(eq(31L), any())).thenReturn(saved);

        mvc.perform(put("/api/v1/users/31").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"4\"")
                        .content(UPDATE.formatted(",\"version\":2")).with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));

        ArgumentCaptor<UserChanges> changes = ArgumentCaptor.forClass(UserChanges.class);
        verify(users).update(eq(31L), changes.capture());
        assertThat(changes.getValue().version()).isEqualTo(4L);
        assertThat(changes.getValue().displayName()).isEqualTo("王小明");
    }

    @Test
    void bodyVersionIsUsedWithoutIfMatch() throws Exception {
        UserAccount saved = account(31L, 3L);
        when(users.update(eq(31L), any())).thenReturn(saved);

        mvc.perform(put("/api/v1/users/31").contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted(",\"version\":2")).with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isOk());

        ArgumentCaptor<UserChanges> changes = ArgumentCaptor.forClass(UserChanges.class);
        verify(users).update(eq(31L), changes.capture());
        assertThat(changes.getValue().version()).isEqualTo(2L);
    }

    @Test
    void updateWithoutAnyVersionIsAProblemOnTheVersionField() throws Exception {
        mvc.perform(put("/api/v1/users/31").contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("")).with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(users);
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        when(users.update(eq(31L), any())).thenThrow(ConflictException.staleVersion("用户", 31L));

        mvc.perform(put("/api/v1/users/31").contentType(MediaType.APPLICATION_JSON).header("If-Match", "W/\"1\"")
                        .content(UPDATE.formatted("")).with(Fixtures.as(SliceUsers.admin())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"));
    }

    private static UserAccount account(long id, long version) {
        UserAccount u = mock(UserAccount.class);
        when(u.getId()).thenReturn(id);
        when(u.getVersion()).thenReturn(version);
        when(u.getUsername()).thenReturn("lisi");
        when(u.getDisplayName()).thenReturn("李四");
        when(u.getRoles()).thenReturn(EnumSet.of(Role.SUPERVISOR));
        when(u.isEnabled()).thenReturn(true);
        when(u.getCreatedAt()).thenReturn(Instant.parse("2026-03-01T00:00:00Z"));
        return u;
    }
}
