package csms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

/** The administrator edits the organisation (name, service centre, time zone): versioned and audited. */
@IntegrationTest
class OrganisationSettingsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    LocaleResolver localeResolver;

    SignedInUser admin;
    Organisation original;

    @BeforeEach
    void remember() {
        admin = fixtures.user(Role.ADMIN);
        original = organisation.current().orElseThrow();
    }

    /** The organisation is shared by every test of this context: put it back as it was. */
    @AfterEach
    void restore() {
        Fixtures.as(admin, () -> organisation.update(original.getName(), original.getServiceCentreName(),
                original.getTimeZone(), organisation.current().orElseThrow().getVersion()));
    }

    @Test
    void theAdministratorSavesTheOrganisationOnThePageAndItIsAudited() throws Exception {
        long version = original.getVersion();
        mvc.perform(get("/settings/organisation").with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(original.getName())));
        mvc.perform(post("/settings/organisation").with(Fixtures.as(admin)).with(csrf())
                .param("name", original.getName()).param("serviceCentreName", "华南客服中心")
                .param("timeZone", "Asia/Hong_Kong").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/settings/organisation"));
        Organisation saved = organisation.current().orElseThrow();
        assertThat(saved.getServiceCentreName()).isEqualTo("华南客服中心");
        assertThat(saved.getTimeZone()).isEqualTo("Asia/Hong_Kong");
        assertThat(audit.find(new AuditQuery(admin.getUsername(), "organisation.updated", null, null, null, null),
                PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(e -> assertThat(e.getChanges()).contains("timeZone: " + original.getTimeZone() + " → Asia/Hong_Kong"));
    }

    @Test
    void aStaleOrInvalidFormKeepsTheInput() throws Exception {
        long version = original.getVersion();
        mvc.perform(post("/settings/organisation").with(Fixtures.as(admin)).with(csrf())
                .param("name", "").param("serviceCentreName", "保留的输入").param("timeZone", "UTC")
                .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("organisationForm", "name"))
                .andExpect(content().string(containsString("保留的输入")));
        mvc.perform(post("/settings/organisation").with(Fixtures.as(admin)).with(csrf())
                .param("name", "过期的机构名").param("serviceCentreName", "中心").param("timeZone", "UTC")
                .param("version", String.valueOf(version - 1)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("过期的机构名")));
        assertThat(organisation.current().orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    void handlersAndDayFiltersUseTheOrganisationsTimeZone() throws Exception {
        Fixtures.as(admin, () -> organisation.update(original.getName(), original.getServiceCentreName(),
                "Pacific/Kiritimati", original.getVersion()));
        var context = ((LocaleContextResolver) localeResolver).resolveLocaleContext(new MockHttpServletRequest());
        assertThat(((TimeZoneAwareLocaleContext) context).getTimeZone().getID()).isEqualTo("Pacific/Kiritimati");
        assertThat(context.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        // The change itself was recorded "today" in Kiritimati (UTC+14), which is found by that day.
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        mvc.perform(get("/api/v1/audit?actor=" + admin.getUsername() + "&action=organisation.updated&from=" + today
                + "&to=" + today).with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/audit?actor=" + admin.getUsername() + "&action=organisation.updated&to="
                + today.minusDays(1)).with(Fixtures.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void theApiUsesEtagsAndRefusesStaleUpdates() throws Exception {
        long version = original.getVersion();
        mvc.perform(get("/api/v1/organisation").with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.timeZone").value(original.getTimeZone()));
        String body = "{\"name\":\"" + original.getName() + "\",\"serviceCentreName\":\"API 中心\",\"timeZone\":\"UTC\"}";
        mvc.perform(put("/api/v1/organisation").with(Fixtures.as(admin)).header("If-Match", "\"" + (version + 5) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/organisation").with(Fixtures.as(admin))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("UTC", "Mars/Olympus")
                        .replace("}", ",\"version\":" + version + "}")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        assertThat(organisation.current().orElseThrow().getServiceCentreName()).isEqualTo(original.getServiceCentreName());
        mvc.perform(put("/api/v1/organisation").with(Fixtures.as(admin)).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.serviceCentreName").value("API 中心"));
    }
}
