package csms.service;

import static csms.service.ServiceApiCalls.body;
import static csms.service.ServiceApiCalls.complaintJson;
import static csms.service.ServiceApiCalls.json;
import static csms.service.ServiceApiCalls.number;
import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The service request API on a real database: a retried registration creates one request, a request the caller
 * may not see is 404 everywhere and missing from lists and counts, a forbidden action on a visible one is 403,
 * and consultations, promises and the call record sheet run their course.
 */
@IntegrationTest
class ServiceRequestApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    JdbcClient jdbc;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;
    long customerId;
    ServiceApiCalls api;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        customerId = ServiceTestData.customer(archive, agent, "王建国", false, false);
        api = new ServiceApiCalls(mvc);
    }

    @Test
    void aRepeatedRegistrationWithTheSameIdempotencyKeyCreatesOneRequest() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "赵敏", false, false);
        String key = "svc-" + UUID.randomUUID();
        String draft = complaintJson(customer, "重复提交的投诉");

        MvcResult first = call(agent, json(post("/api/v1/requests"), draft).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();
        MvcResult repeat = call(agent, json(post("/api/v1/requests"), draft).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();

        assertThat(repeat.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(body(repeat)).isEqualTo(body(first));
        call(agent, get("/api/v1/requests").param("customerId", String.valueOf(customer)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aRequestRestrictedToAnotherDepartmentIsNotFoundAndNotCountedForAnAgent() throws Exception {
        long elsewhere = fixtures.department();
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "保密客户咨询")));
        call(supervisor, json(put("/api/v1/requests/{id}/assignment", r.id()), "{\"departmentId\":%d}"
                .formatted(team)).header("If-Match", ExpectedVersion.etag(r.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assigneeId").isEmpty());
        long unassignedBefore = unassignedCount(colleague);
        call(colleague, get("/api/v1/requests/{id}", r.id())).andExpect(status().isOk());
        call(colleague, get("/api/v1/requests").param("q", "保密客户咨询"))
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) r.id())));

        // Until the customer's confidential flag sets it, the restriction is written directly.
        jdbc.sql("update service_request set restricted_department_id = ? where id = ?").params(elsewhere, r.id())
                .update();

        for (SignedInUser outsider : List.of(colleague, supervisor)) {
            call(outsider, get("/api/v1/requests/{id}", r.id())).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:csms:problem:not-found"));
            call(outsider, get("/api/v1/requests/{id}/timeline", r.id())).andExpect(status().isNotFound());
            call(outsider, json(post("/api/v1/requests/{id}/entries", r.id()), "{\"kind\":\"NOTE\",\"text\":\"试探\"}"))
                    .andExpect(status().isNotFound());
            call(outsider, get("/api/v1/requests").param("q", "保密客户咨询"))
                    .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) r.id()))));
        }
        assertThat(unassignedCount(colleague)).isEqualTo(unassignedBefore - 1);
    }

    @Test
    void aVisibleRequestAssignedToSomeoneElseRefusesAnotherAgentsActionWith403() throws Exception {
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        long id = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "别人的咨询"))).id();

        call(colleague, get("/api/v1/requests/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayWork").value(false));
        call(colleague, json(post("/api/v1/requests/{id}/escalation", id), "{\"reason\":\"越权升级\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
    }

    @Test
    void aConsultationIsReadBackNotedAnsweredAndReopened() throws Exception {
        String location = call(agent, json(post("/api/v1/requests"), """
                {"type":"CONSULTATION","channel":"EMAIL","customerId":%d,"subject":"咨询检测周期"}"""
                .formatted(customerId))).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        call(agent, post(location + "/customer-confirmation")).andExpect(status().isOk())
                .andExpect(jsonPath("$.customerVerifiedAt").isNotEmpty());
        String etag = call(agent, json(post(location + "/entries"), """
                {"kind":"REPLY","text":"您好，检测周期为五个工作日。"}""")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        call(agent, json(post(location + "/resolution"), "{\"answer\":\"检测周期为五个工作日\"}")
                        .header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.complaint").isEmpty());
        call(agent, json(post(location + "/reopening"), "{\"reason\":\"客户还想了解加急费用\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        call(agent, get(location + "/timeline")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("REOPENED"))
                .andExpect(jsonPath("$.content[?(@.kind == 'REPLY')].internal").value(hasItem(false)));
    }

    @Test
    void aPromiseIsKeptAndAReferredQuestionIsAnsweredAndCalledBack() throws Exception {
        long lab = fixtures.department();
        SignedInUser labMember = fixtures.user(lab, Role.AGENT);
        long id = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "能否加急检测"))).id();

        MvcResult promised = call(agent, json(post("/api/v1/requests/{id}/promises", id), """
                {"description":"明天上午回电告知结果","dueAt":"%s"}""".formatted(java.time.Instant.now().plusSeconds(86_400))))
                .andExpect(status().isCreated()).andReturn();
        long promise = number(promised, "$.id");
        call(agent, get("/api/v1/promises").param("size", "100"))
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) promise)));
        call(agent, post("/api/v1/promises/{id}/kept", promise).header("If-Match", promised.getResponse().getHeader("ETag")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keptAt").isNotEmpty());
        call(agent, get("/api/v1/promises").param("size", "100"))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) promise))));

        MvcResult referred = call(agent, json(post("/api/v1/requests/{id}/referrals", id), """
                {"question":"能否加急检测？","departmentId":%d}""".formatted(lab))).andExpect(status().isCreated())
                .andReturn();
        long referral = number(referred, "$.id");
        long version = number(referred, "$.version");
        call(agent, get("/api/v1/requests/{id}", id)).andExpect(jsonPath("$.status").value("WAITING"));
        call(labMember, get("/api/v1/referrals")).andExpect(jsonPath("$.content[*].id").value(hasItem((int) referral)));
        call(agent, json(post("/api/v1/referrals/{id}/answer", referral), "{\"answer\":\"可以\",\"version\":%d}".formatted(version)))
                .andExpect(status().isForbidden());
        call(labMember, json(post("/api/v1/referrals/{id}/answer", referral), "{\"answer\":\"可以加急，加收50%\"}")
                        .header("If-Match", referred.getResponse().getHeader("ETag")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", ExpectedVersion.etag(version + 1)));
        call(agent, post("/api/v1/referrals/{id}/call-back", referral)).andExpect(status().isOk())
                .andExpect(jsonPath("$.calledBackAt").isNotEmpty());
        call(agent, get("/api/v1/requests/{id}/referrals", id))
                .andExpect(jsonPath("$[0].answer").value("可以加急，加收50%"))
                .andExpect(jsonPath("$[0].departmentId").value(lab));
    }

    private long unassignedCount(SignedInUser user) throws Exception {
        return number(call(user, get("/api/v1/requests/counts")).andExpect(status().isOk()).andReturn(),
                "$.UNASSIGNED");
    }

    private ResultActions call(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return api.call(user, request);
    }
}
