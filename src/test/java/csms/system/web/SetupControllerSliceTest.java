package csms.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.testing.WebSlice;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The first-run setup page alone, with the organisation settings mocked (not set up unless a test says so). */
@WebMvcTest(SetupController.class)
@WebSlice
class SetupControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganisationSettings organisation;

    @BeforeEach
    void notSetUpYet() {
        when(organisation.isSetUp()).thenReturn(false);
        when(organisation.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void setupFormIsShownBeforeSetup() throws Exception {
        mvc.perform(get("/setup"))
                .andExpect(status().isOk())
                .andExpect(view().name("system/setup"))
                .andExpect(content().string(containsString("首次运行设置")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void otherPagesAndTheApiWaitForSetup() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:setup-required"));
    }

    @Test
    void mismatchedPasswordsReRenderTheFormWithTheError() throws Exception {
        when(organisation.setUp(any())).thenThrow(RuleViolation.onField("adminPasswordRepeat", "validation.password.mismatch"));

        mvc.perform(filled(post("/setup").with(csrf()), "Strong#Pass-2026", "Strong#Pass-2027"))
                .andExpect(status().isOk())
                .andExpect(view().name("system/setup"))
                .andExpect(model().attributeHasFieldErrorCode("setupForm", "adminPasswordRepeat",
                        "validation.password.mismatch"))
                .andExpect(content().string(containsString("两次输入的密码不一致。")))
                .andExpect(content().string(containsString("value=\"华东客服\"")));
    }

    @Test
    void passwordPolicyErrorLandsOnTheAdminPasswordField() throws Exception {
        when(organisation.setUp(any())).thenThrow(RuleViolation.onField("password", "validation.password.common"));

        mvc.perform(filled(post("/setup").with(csrf()), "Password123", "Password123"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("setupForm", "adminPassword", "validation.password.common"));
    }

    @Test
    void unknownTimeZoneIsRefusedBeforeTheFacade() throws Exception {
        mvc.perform(filled(post("/setup").with(csrf()), "Strong#Pass-2026", "Strong#Pass-2026").param("timeZone", "Mars/Base"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("setupForm", "timeZone", "validation.time-zone"));
        verify(organisation, never()).setUp(any());
    }

    @Test
    void successfulSetupLeadsToSignIn() throws Exception {
        mvc.perform(filled(post("/setup").with(csrf()), "Strong#Pass-2026", "Strong#Pass-2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "setup.done"));
        verify(organisation).setUp(any());
    }

    @Test
    void setupPageRedirectsToSignInOnceSetUp() throws Exception {
        when(organisation.isSetUp()).thenReturn(true);

        mvc.perform(get("/setup")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(filled(post("/setup").with(csrf()), "Strong#Pass-2026", "Strong#Pass-2026"))
                .andExpect(redirectedUrl("/login"));
        verify(organisation, never()).setUp(any());
    }

    @Test
    void setupPostWithoutCsrfIsForbidden() throws Exception {
        mvc.perform(filled(post("/setup"), "Strong#Pass-2026", "Strong#Pass-2026"))
                .andExpect(status().isForbidden());
        verify(organisation, never()).setUp(any());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String password,
            String repeat) {
        return request.param("organisationName", "测试机构").param("serviceCentreName", "华东客服")
                .param("timeZone", "Asia/Shanghai").param("adminUsername", "admin").param("adminDisplayName", "管理员")
                .param("adminPassword", password).param("adminPasswordRepeat", repeat);
    }
}
