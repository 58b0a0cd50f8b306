package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The request page as the agent's and the supervisor's browsers get it: header, actions, and the complaint loop. */
@IntegrationTest
class RequestPageIT {

    @Autowired
    csms.visit.ReturnVisits returnVisits;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    ServiceRequests requests;

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
    void theAssigneeSeesTheRequestWithItsCustomerDeadlineTimelineAndActions() throws Exception {
        String phone = ServiceTestData.mobile();
        long customer = ServiceTestData.customer(archive, supervisor, "页面大客户", phone, true, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "询问检测周期"));

        String page = html(get("/requests/{id}", r.id()).with(Fixtures.as(agent)));
        assertThat(page).contains("询问检测周期", "页面大客户", "data-big", "咨询", "处理中", "电话",
                        "data-time-left", "剩余", "data-entry=\"CREATED\"", "尚未向客户复述核对客户信息",
                        "/requests/" + r.id() + "/read-back", "/requests/" + r.id() + "/escalation",
                        "/requests/" + r.id() + "/resolution", "/requests/" + r.id() + "/entries",
                        "name=\"version\" value=\"" + r.version() + "\"", "data-reply", "id=\"attachments\"",
                        "id=\"promises\"", "id=\"referrals\"")
                .doesNotContain(phone, "/requests/" + r.id() + "/assignment", "id=\"complaint\"");
        assertThat(html(get("/requests/{id}", r.id()).with(Fixtures.as(supervisor))))
                .contains("/requests/" + r.id() + "/assignment");
    }

    @Test
    void anAgentOfAnotherTeamGetsTheFriendlyNotFoundPageForAConfidentialCustomersRequest() throws Exception {
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.AGENT);
        long customer = as(supervisor, () -> archive.register(new NewCustomer(CustomerKind.PERSON, "保密页面客户",
                Salutation.MR, null, null, null, null, CustomerSource.PHONE, null, null,
                List.of(new PhoneEntry(ServiceTestData.mobile(), "手机")), List.of(), null, null, false, false, false,
                true, null))).id();
        as(fixtures.user(Role.DEPT_MANAGER), () -> assignment.assign(List.of(customer), agent.id()));
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "保密客户的咨询"));

        String notFound = mvc.perform(get("/requests/{id}", r.id()).with(Fixtures.as(outsider)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(notFound).contains("找不到该").doesNotContain("保密客户的咨询", "保密页面客户");
        mvc.perform(post("/requests/{id}/entries", r.id()).param("version", String.valueOf(r.version()))
                        .param("kind", "NOTE").param("text", "越权备注").with(Fixtures.as(outsider)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(html(get("/requests/{id}", r.id()).with(Fixtures.as(agent)))).contains("保密客户的咨询");
    }

    @Test
    void notesReadBackEscalationAssignmentAndResolutionWorkThroughThePageForms() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "操作客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "需要多步处理的咨询"));

        send(agent, "/requests/{id}/entries", r.id(), "kind", "NOTE", "text", "客户希望下午回电", "internal", "true")
                .andExpect(redirectedUrl("/requests/" + r.id() + "#timeline"))
                .andExpect(flash().attribute("success", "requestpage.done.entry"));
        send(agent, "/requests/{id}/read-back", r.id()).andExpect(redirectedUrl("/requests/" + r.id() + "#top"));
        send(agent, "/requests/{id}/escalation", r.id(), "reason", "客户要求主管直接答复")
                .andExpect(flash().attribute("success", "requestpage.done.escalated"));
        RequestDetails escalated = view(agent, r.id());
        assertThat(escalated.customerVerifiedAt()).isNotNull();
        assertThat(escalated.escalationReason()).isEqualTo("客户要求主管直接答复");

        String page = html(get("/requests/{id}", r.id()).with(Fixtures.as(agent)));
        assertThat(page).contains("客户希望下午回电", "data-internal", "data-read-back", "已与客户核对确认",
                "客户要求主管直接答复", "data-entry=\"ESCALATED\"").doesNotContain("尚未向客户复述核对客户信息");

        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        send(supervisor, "/requests/{id}/assignment", r.id(), "departmentId", String.valueOf(team),
                "assigneeId", String.valueOf(colleague.id()))
                .andExpect(flash().attribute("success", "requestpage.done.assigned"));
        assertThat(view(agent, r.id()).assigneeId()).isEqualTo(colleague.id());

        send(colleague, "/requests/{id}/resolution", r.id(), "answer", "检测周期为五个工作日")
                .andExpect(flash().attribute("success", "requestpage.done.resolved"));
        RequestDetails resolved = view(colleague, r.id());
        assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(html(get("/requests/{id}", r.id()).with(Fixtures.as(colleague))))
                .contains("检测周期为五个工作日", "已解决", "/requests/" + r.id() + "/reopening")
                .doesNotContain("/requests/" + r.id() + "/resolution");
    }

    @Test
    void aStaleVersionShowsThePageAgainWith409AndKeepsWhatWasTyped() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "并发客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "两人同时处理的咨询"));
        as(agent, () -> requests.addEntry(r.id(), TimelineKind.CALL, "同事刚记录了一次通话", false));

        String page = mvc.perform(post("/requests/{id}/resolution", r.id()).param("version", String.valueOf(r.version()))
                        .param("answer", "我写好的答复不应丢失").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("此请求刚被他人修改", "我写好的答复不应丢失", "同事刚记录了一次通话",
                "name=\"version\" value=\"" + view(agent, r.id()).version() + "\"");
        assertThat(view(agent, r.id()).status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aComplaintStepWithoutARequiredFieldShowsItsFormAgainWithTheInputAndSavesNothing() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "判定客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.complaint(customer, "报告延误投诉", Severity.GENERAL, false));

        String page = mvc.perform(post("/requests/{id}/complaint/judgement", r.id())
                        .param("version", String.valueOf(r.version())).param("justified", "false")
                        .param("explanation", "报告按合同约定时间出具").param("customerReaction", " ")
                        .with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-error=\"customerReaction\"", "此项为必填项", "报告按合同约定时间出具",
                "data-step-form=\"judge\"").containsPattern("id=\"judge-no\"[^>]*checked");
        RequestDetails unchanged = view(agent, r.id());
        assertThat(unchanged.complaint().stage()).isEqualTo(ComplaintStage.JUDGEMENT);
        assertThat(unchanged.complaint().judgedAt()).isNull();
        assertThat(unchanged.version()).isEqualTo(r.version());

    }

    @Test
    void theAgentAndTheSupervisorWalkTheWholeLoopThroughThePageFormsUntilItIsClosed() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "闭环客户", false, false);
        long id = register(agent, ServiceTestData.complaint(customer, "检测报告错误投诉", Severity.MAJOR, false)).id();
        String promised = LocalDateTime.now(ZONE).plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString();

        step(agent, id, "judgement", "justified", "true", "responsibleDepartmentId", String.valueOf(team),
                "investigationPromisedAt", promised);
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(agent))))
                .contains("data-step=\"JUDGEMENT\" data-state=\"DONE\"", "data-step=\"INVESTIGATION\" data-state=\"CURRENT\"",
                        "data-step-form=\"investigate\"", "待判定 → 待调查")
                .doesNotContain("data-step-form=\"judge\"", "[Ljava");
        step(agent, id, "investigation", "cause", "样品登记遗漏", "problemKind", "SERVICE", "responsibleParty", "登记岗",
                "routedToId", String.valueOf(team));
        String badCost = mvc.perform(post("/requests/{id}/complaint/proposals", id)
                        .param("version", String.valueOf(view(agent, id).version())).param("description", "免费重新检测")
                        .param("cost", "两百").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(badCost).contains("data-error=\"cost\"", "请输入金额", "免费重新检测")
                .doesNotContain("Failed to convert");
        assertThat(view(agent, id).complaint().proposals()).isEmpty();
        step(agent, id, "proposals", "description", "免费重新检测", "cost", "300");
        step(agent, id, "proposals", "description", "退还检测费并致歉", "cost", "500.50");
        step(agent, id, "submission");
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(agent))))
                .contains("data-waiting-approval", "正在等待主管批示").doesNotContain("/complaint/approval");

        RequestDetails waiting = view(supervisor, id);
        long chosen = waiting.complaint().proposals().get(1).id();
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(supervisor)))).contains("/complaint/approval",
                "/complaint/rejection", "退还检测费并致歉");
        mvc.perform(post("/requests/{id}/complaint/approval", id).param("version", String.valueOf(waiting.version()))
                        .param("proposalId", String.valueOf(chosen)).param("comment", "同意，今日内实施")
                        .with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isForbidden());
        step(supervisor, id, "approval", "proposalId", String.valueOf(chosen), "comment", "同意，今日内实施");

        String implement = html(get("/requests/{id}", id).with(Fixtures.as(agent)));
        assertThat(implement).contains("data-signature-pad", "/js/signature.js", "客户尚未确认解决方案",
                "/complaint/confirmation-link");
        step(agent, id, "signature", "signature", ServiceTestData.SIGNATURE);
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(agent)))).contains("data-confirmed=\"true\"", "现场签名")
                .doesNotContain("data-signature-pad");
        step(agent, id, "implementation", "actionsTaken", "退还检测费并上门致歉", "compensation", "500.50",
                "customerNotifiedAt", LocalDateTime.now(ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString(),
                "customerFeedback", "客户接受处理方案", "penaltyUserId", String.valueOf(agent.id()),
                "penaltyMeasure", "CRITICISM", "penaltyReason", "登记遗漏");
        step(agent, id, "summary", "category", "PROCESS", "rootCause", "登记流程缺少复核",
                "departmentId", String.valueOf(team), "improvement", "增加双人复核");
        // CMP-7: the follow-up is no longer recorded on the request page; the page links to the planned visit
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(agent))))
                .contains("data-follow-up-by-visit", "/visits?request=" + id).doesNotContain("/complaint/follow-up");
        var visit = as(agent, () -> returnVisits.forRequest(id)).orElseThrow();
        mvc.perform(post("/visits/{v}", visit.getId()).param("version", String.valueOf(visit.getVersion()))
                        .param("outcome", "REACHED").param("satisfaction", "SATISFIED").param("note", "客户对处理结果满意")
                        .with(Fixtures.as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/visits/" + visit.getId()));

        RequestDetails closed = view(agent, id);
        assertThat(closed.complaint().stage()).isEqualTo(ComplaintStage.CLOSED);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.complaint().confirmationMethod()).isEqualTo(ConfirmationMethod.SIGNATURE);
        assertThat(closed.complaint().approvedProposalId()).isEqualTo(chosen);
        assertThat(closed.complaint().penalties()).singleElement()
                .satisfies(p -> assertThat(p.measure()).isEqualTo(PenaltyMeasure.CRITICISM));
        assertThat(html(get("/requests/{id}", id).with(Fixtures.as(agent))))
                .contains("data-closed", "投诉已于", "data-step=\"FOLLOW_UP\" data-state=\"DONE\"", "增加双人复核",
                        "客户对处理结果满意", "同意，今日内实施", "批评")
                .doesNotContain("data-current-step");
    }

    /** Posts a complaint step's form with the version the page shows and expects to be sent back to the page. */
    private void step(SignedInUser user, long id, String step, String... fields) throws Exception {
        send(user, "/requests/{id}/complaint/" + step, id, fields)
                .andExpect(redirectedUrl("/requests/" + id + "#complaint"));
    }

    /** Posts a page form as the user with the version they see now. */
    private ResultActions send(SignedInUser user, String path, long id, String... fields) throws Exception {
        var request = post(path, id).param("version", String.valueOf(view(user, id).version()))
                .with(Fixtures.as(user)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private RequestDetails view(SignedInUser user, long id) {
        return as(user, () -> requests.view(id));
    }

    private RequestDetails register(SignedInUser user, RequestDraft draft) {
        return as(user, () -> requests.register(draft));
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
