package csms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** First run on an empty database (its own context, so its own fresh in-memory database). */
@SpringBootTest(properties = "csms.test.context=setup-wizard")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SetupWizardIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    UserAccounts users;

    @Test
    void firstRunLeadsThroughSetupAndCreatesExactlyOneAdministrator() throws Exception {
        assertThat(users.anyUserExists()).as("no default accounts").isFalse();
        mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/api/v1/customers")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:setup-required"));

        // A common password is refused and the form keeps what was typed.
        mvc.perform(post("/setup").with(csrf()).header("Accept-Language", "zh-CN")
                .param("organisationName", "华东客服有限公司").param("serviceCentreName", "华东客服中心")
                .param("timeZone", "Asia/Shanghai").param("adminUsername", "admin").param("adminDisplayName", "王管理")
                .param("adminPassword", "password").param("adminPasswordRepeat", "password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("setupForm", "adminPassword"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("华东客服有限公司")));
        assertThat(users.anyUserExists()).isFalse();

        mvc.perform(post("/setup").with(csrf())
                .param("organisationName", "华东客服有限公司").param("serviceCentreName", "华东客服中心")
                .param("timeZone", "Asia/Shanghai").param("adminUsername", "admin").param("adminDisplayName", "王管理")
                .param("adminPassword", "Hd#Kefu-2026").param("adminPasswordRepeat", "Hd#Kefu-2026"))
                .andExpect(redirectedUrl("/login"));
        assertThat(organisation.isSetUp()).isTrue();
        assertThat(organisation.current()).get().extracting(Organisation::getServiceCentreName).isEqualTo("华东客服中心");

        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "Hd#Kefu-2026"))
                .andExpect(redirectedUrl("/"));
    }
}
