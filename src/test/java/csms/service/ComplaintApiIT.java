package csms.service;

import static csms.service.ServiceApiCalls.body;
import static csms.service.ServiceApiCalls.complaintJson;
import static csms.service.ServiceApiCalls.json;
import static csms.service.ServiceApiCalls.number;
import static csms.testing.Fixtures.as;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The complaint loop over the API on a real database, as an agent and supervisors call it: every step on the
 * ETag of the one before, the refusals as translated problem details, and two approvals racing.
 */
@IntegrationTest
class ComplaintApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    ServiceRequests requests;
    /** Spied only to hold both racing approvals after their version check (see the race test). */
    @MockitoSpyBean
    StepDeadlines deadlines;

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
    void anAgentAndASupervisorWalkTheWholeLoopOnETags() throws Exception {
        MvcResult created = call(agent, json(post("/api/v1/requests"), complaintJson(customerId, "报告延误投诉")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.complaint.stage").value("JUDGEMENT"))
                .andExpect(jsonPath("$.complaint.acknowledgedAt").isNotEmpty())
                .andReturn();
        long id = number(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/requests/" + id);
        String etag = created.getResponse().getHeader("ETag");

        etag = step(agent, id, "judgement", """
                {"justified":true,"responsibleDepartmentId":%d,"investigationPromisedAt":"%s"}"""
                .formatted(team, Instant.now().plus(Duration.ofDays(2))), etag, ComplaintStage.INVESTIGATION);
        etag = step(agent, id, "investigation", """
                {"cause":"样品登记遗漏导致排期延后","problemKind":"SERVICE","responsibleParty":"样品登记岗",
                 "routedToId":%d}""".formatted(team), etag, ComplaintStage.PROPOSAL);
        etag = step(agent, id, "proposals", "{\"description\":\"加急出具报告\",\"cost\":0}", etag,
                ComplaintStage.PROPOSAL);
        MvcResult proposed = call(agent, json(post("/api/v1/requests/{id}/complaint/proposals", id), """
                {"description":"加急并减免加急费","cost":200.00}""")).andExpect(status().isOk()).andReturn();
        long chosen = number(proposed, "$.complaint.proposals[1].id");
        etag = proposed.getResponse().getHeader("ETag");
        etag = step(agent, id, "submission", "{}", etag, ComplaintStage.APPROVAL);

        String decision = "{\"proposalId\":%d,\"comment\":\"同意，今日内实施\"}".formatted(chosen);
        call(agent, json(post("/api/v1/requests/{id}/complaint/approval", id), decision).header("If-Match", etag))
                .andExpect(status().isForbidden());
        etag = step(supervisor, id, "approval", decision, etag, ComplaintStage.IMPLEMENTATION);
        etag = step(agent, id, "signature", "{\"signature\":\"%s\"}".formatted(ServiceTestData.SIGNATURE), etag,
                ComplaintStage.IMPLEMENTATION);
        etag = step(agent, id, "implementation", """
                {"actionsTaken":"加急出具报告并致歉","compensation":200.00,"compensationNote":"减免加急费",
                 "customerNotifiedAt":"%s","customerFeedback":"客户对处理结果满意"}"""
                .formatted(Instant.now().minusSeconds(60)), etag, ComplaintStage.SUMMARY);
        etag = step(agent, id, "summary", """
                {"category":"PROCESS","rootCause":"样品登记流程缺少复核","departmentId":%d,"improvement":"增加登记双人复核"}"""
                .formatted(team), etag, ComplaintStage.FOLLOW_UP);
        etag = step(agent, id, "follow-up", "{\"result\":\"回访客户，对处理结果表示认可\",\"satisfaction\":\"SATISFIED\"}",
                etag, ComplaintStage.CLOSED);

        call(agent, get("/api/v1/requests/{id}", id)).andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.complaint.approvedProposalId").value(chosen))
                .andExpect(jsonPath("$.complaint.approvedBy").value(supervisor.id()))
                .andExpect(jsonPath("$.complaint.confirmationMethod").value("SIGNATURE"));
        call(agent, get("/api/v1/requests/{id}/timeline", id).param("size", "50")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].detail").value("FOLLOW_UP→CLOSED"))
                .andExpect(jsonPath("$.content[*].kind").value(hasItem("APPROVAL")))
                .andExpect(jsonPath("$.content[*].kind").value(hasItem("CONFIRMED")));
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "跳步投诉",
                Severity.GENERAL, false))).id();
        String etag = etagAs(agent, id);
        String summary = "{\"category\":\"PROCESS\",\"rootCause\":\"未知\",\"departmentId\":%d,\"improvement\":\"复核\"}"
                .formatted(team);

        call(agent, json(post("/api/v1/requests/{id}/complaint/summary", id), summary).header("If-Match", etag)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"))
                .andExpect(jsonPath("$.title").value("冲突"))
                .andExpect(jsonPath("$.detail").value("该投诉当前步骤为“待判定”，不能执行“待总结”步骤。请刷新后按顺序处理。"));
        call(agent, json(post("/api/v1/requests/{id}/complaint/summary", id), summary).header("If-Match", etag)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("Awaiting judgement")));

        call(agent, json(post("/api/v1/requests/{id}/complaint/judgement", id), "{\"justified\":false}")
                        .header("If-Match", etag))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("explanation"))
                .andExpect(jsonPath("$.errors[0].message").value("此项为必填项。"));

        String next = step(agent, id, "judgement", """
                {"justified":false,"explanation":"报告按合同约定时间出具","customerReaction":"客户表示理解"}""", etag,
                ComplaintStage.SUMMARY);
        call(agent, json(post("/api/v1/requests/{id}/complaint/summary", id), summary).header("If-Match", etag))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("服务请求已被他人修改")));
        call(agent, get("/api/v1/requests/{id}", id)).andExpect(header().string("ETag", next))
                .andExpect(jsonPath("$.complaint.stage").value("SUMMARY"));
    }

    @Test
    void twoSupervisorsApprovingTheSameProposalAtOnceGetOneApprovalAndOneConflict() throws Exception {
        SignedInUser second = fixtures.user(team, Role.SUPERVISOR);
        long id = complaintAwaitingApproval("两位主管同时批示");
        long proposal = as(agent, () -> requests.view(id)).complaint().proposals().getFirst().id();
        String etag = etagAs(supervisor, id);
        assertThat(etagAs(second, id)).isEqualTo(etag);
        // Both approvals wait here until both have passed the version check, so neither can see the other's
        // commit first: the database's optimistic lock must decide.
        CyclicBarrier bothPastTheVersionCheck = new CyclicBarrier(2);
        doAnswer(call -> {
            bothPastTheVersionCheck.await(30, SECONDS);
            return call.callRealMethod();
        }).when(deadlines).of(argThat(c -> c.getStage() == ComplaintStage.IMPLEMENTATION), any());
        String decision = "{\"proposalId\":%d,\"comment\":\"同意\"}".formatted(proposal);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<MockHttpServletResponse>> answers;
        try {
            answers = pool.invokeAll(List.of(supervisor, second).stream().map(s -> (java.util.concurrent.Callable<
                    MockHttpServletResponse>) () -> call(s, json(post("/api/v1/requests/{id}/complaint/approval", id),
                    decision).header("If-Match", etag)).andReturn().getResponse()).toList(), 90, SECONDS);
        } finally {
            pool.shutdownNow();
        }
        MockHttpServletResponse a = answers.get(0).get();
        MockHttpServletResponse b = answers.get(1).get();

        assertThat(List.of(a.getStatus(), b.getStatus())).containsExactlyInAnyOrder(200, 409);
        MockHttpServletResponse won = a.getStatus() == 200 ? a : b;
        MockHttpServletResponse lost = a.getStatus() == 200 ? b : a;
        SignedInUser winner = a == won ? supervisor : second;
        // The loser passed its version check too: the database's optimistic lock refused its write.
        assertThat(lost.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("urn:csms:problem:conflict").contains("此记录已被他人修改");
        long before = Long.parseLong(etag.replace("\"", ""));
        assertThat(won.getHeader("ETag")).isEqualTo(ExpectedVersion.etag(before + 1));
        call(supervisor, get("/api/v1/requests/{id}", id)).andExpect(header().string("ETag", won.getHeader("ETag")))
                .andExpect(jsonPath("$.complaint.stage").value("IMPLEMENTATION"))
                .andExpect(jsonPath("$.complaint.approvedBy").value(winner.id()));
        List<?> approvals = JsonPath.read(body(call(supervisor, get("/api/v1/requests/{id}/timeline", id)).andReturn()),
                "$.content[?(@.kind == 'APPROVAL')]");
        assertThat(approvals).hasSize(1);
    }

    @Test
    void theApiDocumentDescribesEachStepsFieldsBesideTheVersion() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/requests/{id}/complaint/approval'].post").exists())
                .andExpect(jsonPath("$.components.schemas.VersionedStepJudgement.properties.justified").exists())
                .andExpect(jsonPath("$.components.schemas.VersionedStepJudgement.properties.version").exists())
                .andExpect(jsonPath("$.components.schemas.RequestDetails.properties.complaint['$ref']")
                        .value("#/components/schemas/ComplaintView"));
    }

    private long complaintAwaitingApproval(String subject) {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, subject, Severity.GENERAL,
                false))).id();
        as(agent, () -> loop.judge(id, ServiceTestData.justified(team, Instant.now()), requests.view(id).version()));
        as(agent, () -> loop.investigate(id, ServiceTestData.investigation(null, team), requests.view(id).version()));
        as(agent, () -> loop.propose(id, ServiceTestData.proposal("加急出具报告", "0")));
        return as(agent, () -> loop.submitForApproval(id, requests.view(id).version())).id();
    }

    /** Runs a step on the ETag the user holds; the answer shows the expected stage and a new ETag. */
    private String step(SignedInUser user, long id, String step, String body, String etag, ComplaintStage expected)
            throws Exception {
        MvcResult r = call(user, json(post("/api/v1/requests/{id}/complaint/" + step, id), body).header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.stage").value(expected.name()))
                .andReturn();
        String next = r.getResponse().getHeader("ETag");
        long version = number(r, "$.version");
        assertThat(next).isEqualTo(ExpectedVersion.etag(version)).isNotEqualTo(etag);
        return next;
    }

    private String etagAs(SignedInUser user, long id) throws Exception {
        return api.etag(user, id);
    }

    private ResultActions call(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return api.call(user, request);
    }
}
