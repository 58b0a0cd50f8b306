package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.service.RequestStatus;
import csms.service.ServiceRequests;
import csms.shared.ExpectedVersion;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Return visits over REST: the agent's list and the visit with its questionnaire, recording with the version
 * (missing → 422, stale or ended → 409), VIS-8 through the API, 404 for a visit the caller may not see, and the
 * coverage for supervisors only.
 */
@IntegrationTest
class VisitApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ReturnVisits visits;
    @Autowired
    OrganisationSettings organisation;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
    }

    @Test
    void theAgentListsReadsAndRecordsAVisitWithItsVersion() throws Exception {
        long served = VisitTestData.answeredConsultation(requests, agent,
                VisitTestData.customer(archive, supervisor, "孙丽", true));
        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();

        call(agent, get("/api/v1/visits").param("mine", "true"))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(v.getId().intValue())))
                .andExpect(jsonPath("$.content[?(@.id == %d)].customerName".formatted(v.getId())).value("孙丽"));
        call(agent, get("/api/v1/visits/{id}", v.getId())).andExpect(status().isOk())
                .andExpect(header().string("ETag", ExpectedVersion.etag(v.getVersion())))
                .andExpect(jsonPath("$.visit.kind").value("SERVICE"))
                .andExpect(jsonPath("$.questions.length()").value(5))
                .andExpect(jsonPath("$.questions[0].answerType").value("SCORE"));

        String reached = """
                {"outcome":"REACHED","satisfaction":"SATISFIED","answers":["5","4","5","","多开几条热线"]}""";
        call(agent, json(post("/api/v1/visits/{id}/record", v.getId()), reached))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        call(agent, json(post("/api/v1/visits/{id}/record", v.getId()), reached)
                .header("If-Match", ExpectedVersion.etag(v.getVersion() + 1))).andExpect(status().isConflict());
        call(agent, json(post("/api/v1/visits/{id}/record", v.getId()), reached)
                .header("If-Match", ExpectedVersion.etag(v.getVersion()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.visit.status").value("DONE"))
                .andExpect(jsonPath("$.answers[*].text").value(hasItem("多开几条热线")))
                .andExpect(jsonPath("$.answers[0].score").value(5));
        ReturnVisit done = as(agent, () -> visits.view(v.getId())).visit();
        call(agent, json(post("/api/v1/visits/{id}/record", v.getId()), reached)
                .header("If-Match", ExpectedVersion.etag(done.getVersion()))).andExpect(status().isConflict());
        call(agent, get("/api/v1/visits").param("view", "ENDED"))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(v.getId().intValue())));
    }

    @Test
    void anUnsatisfiedAnswerOverTheApiOpensARequest() throws Exception {
        long served = VisitTestData.answeredConsultation(requests, agent,
                VisitTestData.customer(archive, supervisor, "周强", true));
        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();

        call(agent, json(post("/api/v1/visits/{id}/record", v.getId()), """
                {"outcome":"REACHED","satisfaction":"UNSATISFIED","answers":["2","1","2","答复不准确",""],
                 "note":"客户认为答复有误","version":%d}""".formatted(v.getVersion())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visit.followRequestId").isNumber());

        Long follow = as(agent, () -> visits.view(v.getId())).visit().getFollowRequestId();
        assertThat(as(agent, () -> requests.view(follow)).status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void anotherTeamsAgentGets404AndAnAgentNoCoverage() throws Exception {
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.AGENT);
        long served = VisitTestData.answeredConsultation(requests, agent,
                VisitTestData.customer(archive, supervisor, "吴刚", true));
        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();
        LocalDate today = LocalDate.now(organisation.zone());

        call(outsider, get("/api/v1/visits/{id}", v.getId())).andExpect(status().isNotFound());
        call(outsider, json(post("/api/v1/visits/{id}/record", v.getId()),
                "{\"outcome\":\"REFUSED\",\"version\":%d}".formatted(v.getVersion()))).andExpect(status().isNotFound());
        call(outsider, get("/api/v1/visits"))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(v.getId().intValue()))));
        call(agent, get("/api/v1/visits/coverage").param("from", today.toString()).param("to", today.toString()))
                .andExpect(status().isForbidden());
        call(supervisor, get("/api/v1/visits/coverage").param("from", today.toString()).param("to", today.toString())
                .param("agentId", String.valueOf(agent.id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.served").value(1)).andExpect(jsonPath("$.notVisited").value(1));
        call(supervisor, get("/api/v1/visits/coverage").param("from", today.toString())
                .param("to", today.minusDays(1).toString())).andExpect(status().isUnprocessableContent());
    }

    private ResultActions call(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Fixtures.as(user)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
