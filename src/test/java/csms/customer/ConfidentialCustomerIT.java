package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confidential customers 保密客户 (CUS-6) through the pages and the API: only the t.owner()'s t.team() (t.owner(), t.team()
 * members, their t.supervisor()) and managers know the record; for everyone else it does not exist anywhere.
 */
@IntegrationTest
class ConfidentialCustomerIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    JsonMapper json;

    String tag;
    String secretPhone = CustomerTestData.mobile();
    TwoTeams t;
    long secret;
    long open;

    /** Two teams; a confidential and an open customer, both tagged and owned by an agent of the first. */
    @BeforeEach
    void teams() {
        tag = "保密核对" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        t = TwoTeams.of(fixtures);
        secret = Fixtures.as(t.supervisor(), () -> archive.register(CustomerTestData.confidential(tag + "甲", secretPhone))).id();
        open = Fixtures.as(t.owner(), () -> archive.register(CustomerTestData.person(tag + "乙", CustomerTestData.mobile()))).id();
        Fixtures.as(t.supervisor(), () -> assignment.assign(List.of(secret, open), t.owner().id()));
    }

    long total(SignedInUser as, String q) throws Exception {
        String body = mvc.perform(get("/api/v1/customers").param("q", q).with(Fixtures.as(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("totalElements").asLong();
    }

    List<CSVRecord> exportCsv(SignedInUser as) throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/customers/export").param("format", "csv").param("q", tag)
                .header("Accept-Language", "zh-CN").with(Fixtures.as(as))).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        return CustomerSheets.readCsv(body);
    }

    @Test
    void anAgentOfAnotherTeamGets404OnThePageTheApiTheHistoryAndTheContacts() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}", secret).with(Fixtures.as(t.stranger()))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/{id}", secret).with(Fixtures.as(t.stranger()))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/{id}/edit", secret).with(Fixtures.as(t.stranger()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/{id}/history", secret).with(Fixtures.as(t.stranger())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/{id}/contacts", secret).with(Fixtures.as(t.stranger())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/{id}/refresh", secret).with(Fixtures.as(t.stranger()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isNotFound());
        // The same 404 as for an id that does not exist, so the answer says nothing.
        mvc.perform(get("/api/v1/customers/{id}", secret).with(Fixtures.as(t.otherSupervisor())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(not(containsString(tag))));
        mvc.perform(get("/api/v1/customers/{id}/merge-candidates", secret).with(Fixtures.as(t.otherSupervisor())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customer-assignments").with(Fixtures.as(t.otherSupervisor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\":[" + secret + "],\"agentId\":" + t.stranger().id() + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherTeamFindsItNeitherInTheListNorBySearchNorInTheCountNorTheExport() throws Exception {
        for (SignedInUser outsider : List.of(t.stranger(), t.otherSupervisor())) {
            assertThat(total(outsider, tag)).as("count for %s", outsider.getUsername()).isEqualTo(1);
            assertThat(total(outsider, secretPhone.substring(3))).as("by phone digits").isZero();
            assertThat(total(outsider, tag + "甲")).as("by name").isZero();
            mvc.perform(get("/customers").param("q", tag).with(Fixtures.as(outsider)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(tag + "甲"))))
                    .andExpect(content().string(containsString(tag + "乙")));
            assertThat(exportCsv(outsider)).extracting(r -> r.get(0)).containsExactly("客户名称", tag + "乙");
        }
    }

    @Test
    void theOwnerTeammatesTheirSupervisorAndManagersSeeIt() throws Exception {
        for (SignedInUser insider : List.of(t.owner(), t.teammate(), t.supervisor(), t.manager())) {
            assertThat(total(insider, tag)).as("count for %s", insider.getUsername()).isEqualTo(2);
            assertThat(total(insider, secretPhone.substring(3))).as("by phone digits").isEqualTo(1);
        }
        mvc.perform(get("/api/v1/customers/{id}", secret).with(Fixtures.as(t.owner()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.confidential").value(true)).andExpect(jsonPath("$.fullView").value(true));
        mvc.perform(get("/api/v1/customers/{id}", secret).with(Fixtures.as(t.teammate()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullView").value(false));
        mvc.perform(get("/api/v1/customers/{id}", secret).with(Fixtures.as(t.supervisor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullView").value(true));
        mvc.perform(get("/api/v1/customers").param("q", tag + "甲").with(Fixtures.as(t.manager())))
                .andExpect(jsonPath("$.content[0].confidential").value(true));
        mvc.perform(get("/customers/{id}", secret).with(Fixtures.as(t.teammate()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("bi-lock-fill")));
        mvc.perform(get("/customers/{id}", open).with(Fixtures.as(t.teammate()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bi-lock-fill"))));
        assertThat(exportCsv(t.teammate())).extracting(r -> r.get(0)).containsExactlyInAnyOrder("客户名称", tag + "甲", tag + "乙");
    }

    @Test
    void anUnassignedConfidentialCustomerIsSeenBySupervisorsAndAboveOnly() throws Exception {
        long unassigned = Fixtures.as(t.manager(), () -> archive.register(
                CustomerTestData.confidential(tag + "丙", CustomerTestData.mobile()))).id();

        mvc.perform(get("/api/v1/customers/{id}", unassigned).with(Fixtures.as(t.teammate()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/{id}", unassigned).with(Fixtures.as(t.otherSupervisor()))).andExpect(status().isOk());
        mvc.perform(get("/customers/assignment").param("q", tag).with(Fixtures.as(t.otherSupervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "丙")));
        assertThat(total(t.owner(), tag)).isEqualTo(2);
        assertThat(total(t.supervisor(), tag)).isEqualTo(3);
    }

    @Test
    void anAgentMayNotSetTheFlagButASupervisorMayAndItIsAudited() throws Exception {
        CustomerDetails d = Fixtures.as(t.supervisor(), () -> archive.view(open));
        String asConfidential = json.writeValueAsString(CustomerTestData.withConfidential(CustomerTestData.changesOf(d), true));
        mvc.perform(put("/api/v1/customers/{id}", open).with(Fixtures.as(t.owner()))
                .contentType(MediaType.APPLICATION_JSON).content(asConfidential)).andExpect(status().isForbidden());
        mvc.perform(post("/customers/{id}/edit", open).with(Fixtures.as(t.owner()))
                        .param("kind", "PERSON").param("name", d.name()).param("source", "PHONE")
                        .param("confidential", "true").param("version", String.valueOf(d.version())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/{id}", open).with(Fixtures.as(t.stranger()))).andExpect(status().isOk());

        mvc.perform(put("/api/v1/customers/{id}", open).with(Fixtures.as(t.supervisor()))
                        .contentType(MediaType.APPLICATION_JSON).content(asConfidential))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confidential").value(true));

        mvc.perform(get("/api/v1/customers/{id}", open).with(Fixtures.as(t.stranger()))).andExpect(status().isNotFound());
        assertThat(total(t.stranger(), tag + "乙")).as("the search index follows the flag").isZero();
        mvc.perform(get("/api/v1/customers/{id}/history", open).with(Fixtures.as(t.owner())))
                .andExpect(jsonPath("$.content[0].action").value("customer.updated"))
                .andExpect(jsonPath("$.content[0].changes[*].field", hasItem("confidential")));
        // A client that leaves the flag out keeps it: an t.owner()'s edit does not open the record.
        CustomerDetails now = Fixtures.as(t.owner(), () -> archive.view(open));
        String withoutFlag = json.writeValueAsString(CustomerTestData.withConfidential(
                CustomerTestData.withAddress(CustomerTestData.changesOf(now), "上海市徐汇区漕溪北路1号"), null));
        mvc.perform(put("/api/v1/customers/{id}", open).with(Fixtures.as(t.owner()))
                        .contentType(MediaType.APPLICATION_JSON).content(withoutFlag))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confidential").value(true));
    }

    @Test
    void mergeCandidatesAndMergedAwayRecordsKeepTheSecret() throws Exception {
        long duplicate = Fixtures.as(t.otherSupervisor(), () -> archive.register(
                CustomerTestData.person(tag + "甲", secretPhone))).id();

        mvc.perform(get("/api/v1/customers/{id}/merge-candidates", duplicate).with(Fixtures.as(t.otherSupervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem((int) secret))));
        mvc.perform(get("/api/v1/customers/{id}/merge-candidates", secret).with(Fixtures.as(t.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) duplicate)));
        CustomerDetails s = Fixtures.as(t.supervisor(), () -> archive.view(secret));
        CustomerDetails dup = Fixtures.as(t.supervisor(), () -> archive.view(duplicate));
        Fixtures.as(t.supervisor(), () -> archive.merge(secret, new MergeCustomers(duplicate, s.version(), dup.version())));

        mvc.perform(get("/api/v1/customers/{id}", duplicate).with(Fixtures.as(t.teammate())))
                .andExpect(status().isGone()).andExpect(jsonPath("$.mergedInto").value(secret));
        mvc.perform(get("/api/v1/customers/{id}", duplicate).with(Fixtures.as(t.stranger())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.mergedInto").doesNotExist());
        mvc.perform(get("/api/v1/customers/{id}/history", duplicate).with(Fixtures.as(t.otherSupervisor())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExportCarriesTheFlagAndASupervisorImportsItBack() throws Exception {
        List<CSVRecord> rows = exportCsv(t.supervisor());
        int column = rows.get(0).toList().indexOf("保密客户");
        assertThat(column).isPositive();
        assertThat(rows).filteredOn(r -> r.get(0).equals(tag + "甲")).singleElement()
                .satisfies(r -> assertThat(r.get(column)).isEqualTo("是"));
        assertThat(rows).filteredOn(r -> r.get(0).equals(tag + "乙")).singleElement()
                .satisfies(r -> assertThat(r.get(column)).isEqualTo("否"));

        String file = "姓名,保密\n" + tag + "丁,是\n";
        var upload = new org.springframework.mock.web.MockMultipartFile("file", "保密.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/customers/import")
                        .file(upload).param("mode", "VALID_ONLY").header("Accept-Language", "zh-CN")
                        .with(Fixtures.as(t.owner())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.importedCount").value(0))
                .andExpect(jsonPath("$.rejected[0].problems[0].column").value("保密"))
                .andExpect(jsonPath("$.rejected[0].problems[0].message").value(containsString("保密标记")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/customers/import")
                        .file(upload).param("mode", "VALID_ONLY").with(Fixtures.as(t.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.importedCount").value(1));
        assertThat(total(t.supervisor(), tag + "丁")).isEqualTo(1);
        assertThat(total(t.owner(), tag + "丁")).as("unassigned confidential: no agent sees it").isZero();
    }
}
