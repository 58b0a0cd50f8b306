package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.service.ComplaintLoop;
import csms.service.ComplaintStage;
import csms.service.RequestDetails;
import csms.service.RequestStatus;
import csms.service.Satisfaction;
import csms.service.ServiceCompleted;
import csms.service.ServiceRequests;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Return visits end to end through the facades and the pages: planned from the service module's events (VIS-1,
 * CMP-7), recorded by their agent only, closing or reopening the complaint, opening a request (VIS-8), counted for
 * the coverage of the 100% rule.
 */
@IntegrationTest
class ReturnVisitsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    ReturnVisits visits;
    @Autowired
    VisitCoverage coverage;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    CustomerQuietHoursSettings quietHoursSettings;

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
    void aMembersAnsweredConsultationIsVisitedWithinThreeDaysOutsideQuietHoursAndANonMembersIsNot() {
        long member = VisitTestData.customer(archive, supervisor, "王伟", true);
        long other = VisitTestData.customer(archive, supervisor, "赵军", false);
        long served = VisitTestData.answeredConsultation(requests, agent, member);
        long notMember = VisitTestData.answeredConsultation(requests, agent, other);

        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();
        RequestDetails request = as(agent, () -> requests.view(served));
        assertThat(v.getKind()).isEqualTo(VisitKind.SERVICE);
        assertThat(v.getAgentId()).isEqualTo(agent.id());
        assertThat(v.getDepartmentId()).isEqualTo(team);
        assertThat(v.getDueBy()).isEqualTo(request.resolvedAt().plus(Duration.ofDays(3)));
        assertThat(v.getPlannedAt()).isAfterOrEqualTo(request.resolvedAt()).isBefore(v.getDueBy());
        assertThat(organisationQuietHours().isQuiet(v.getPlannedAt(), organisation.zone())).isFalse();
        assertThat(as(agent, () -> visits.forRequest(notMember))).isEmpty();
        assertThat(audit.find(new AuditQuery(null, "visit.planned", ReturnVisits.SUBJECT, String.valueOf(v.getId()),
                null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theSameCompletionDeliveredTwicePlansOneVisit() {
        long member = VisitTestData.customer(archive, supervisor, "孙磊", true);
        long served = VisitTestData.answeredConsultation(requests, agent, member);
        RequestDetails request = as(agent, () -> requests.view(served));
        as(agent, () -> tx.execute(s -> {
            events.publishEvent(new ServiceCompleted(served, member, agent.id(), request.resolvedAt()));
            return null;
        }));
        assertThat(as(agent, () -> visits.list(VisitView.OPEN, served, false, PageQuery.of(0, 20, null)))
                .getTotalElements()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from return_visit where source_request_id = ?", Long.class,
                served)).isEqualTo(1);
    }

    @Test
    void aSatisfiedFollowUpClosesTheComplaintAndAnUnsatisfiedOneReopensIt() {
        long customer = VisitTestData.customer(archive, supervisor, "周明", false);
        long closing = VisitTestData.summarisedComplaint(requests, loop, agent, customer, team);
        ReturnVisit first = as(agent, () -> visits.forRequest(closing)).orElseThrow();
        assertThat(first.getKind()).isEqualTo(VisitKind.COMPLAINT_FOLLOW_UP);
        as(agent, () -> visits.record(first.getId(), reached(Satisfaction.SATISFIED, "客户对处理结果满意", first)));
        RequestDetails closed = as(agent, () -> requests.view(closing));
        assertThat(closed.complaint().stage()).isEqualTo(ComplaintStage.CLOSED);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.complaint().followUpSatisfaction()).isEqualTo(Satisfaction.SATISFIED);

        long reopening = VisitTestData.summarisedComplaint(requests, loop, agent, customer, team);
        ReturnVisit second = as(agent, () -> visits.forRequest(reopening)).orElseThrow();
        as(agent, () -> visits.record(second.getId(), reached(Satisfaction.AVERAGE, "客户认为解释不够清楚", second)));
        RequestDetails reopened = as(agent, () -> requests.view(reopening));
        assertThat(reopened.complaint().stage()).isNotEqualTo(ComplaintStage.CLOSED);
        assertThat(reopened.status().isActive()).isTrue();
        assertThat(as(agent, () -> visits.view(second.getId())).visit().getSatisfaction())
                .isEqualTo(Satisfaction.AVERAGE);
    }

    @Test
    void anAverageServiceVisitOpensARequestForTheCustomerAsTheVisitingAgent() {
        long member = VisitTestData.customer(archive, supervisor, "吴芳", true);
        long served = VisitTestData.answeredConsultation(requests, agent, member);
        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();
        ReturnVisit done = as(agent, () -> visits.record(v.getId(), new VisitRecord(VisitOutcome.REACHED,
                Satisfaction.AVERAGE, List.of("4", "2", "5", "等待时间太长", ""), "客户觉得回复慢", null, false,
                v.getVersion())));
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getAnswers()).hasSize(4);
        assertThat(done.getAnswers().get(1).getScore()).isEqualTo(2);
        RequestDetails opened = as(agent, () -> requests.view(done.getFollowRequestId()));
        assertThat(opened.customerId()).isEqualTo(member);
        assertThat(opened.assigneeId()).isEqualTo(agent.id());
        assertThat(opened.subject()).contains("回访", "一般");
        assertThat(opened.description()).contains(String.valueOf(served), "客户觉得回复慢");

        long satisfiedCustomer = VisitTestData.customer(archive, supervisor, "郑静", true);
        long other = VisitTestData.answeredConsultation(requests, agent, satisfiedCustomer);
        ReturnVisit w = as(agent, () -> visits.forRequest(other)).orElseThrow();
        assertThat(as(agent, () -> visits.record(w.getId(), reached(Satisfaction.SATISFIED, null, w)))
                .getFollowRequestId()).isNull();
    }

    @Test
    void anAgentSeesOnlyOwnVisitsAndTheTeamsSupervisorSeesTheTeams() throws Exception {
        long member = VisitTestData.customer(archive, supervisor, "钱勇", true);
        long served = VisitTestData.answeredConsultation(requests, agent, member);
        long id = as(agent, () -> visits.forRequest(served)).orElseThrow().getId();
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);

        mvc.perform(get("/visits/{id}", id).with(Fixtures.as(agent))).andExpect(status().isOk());
        mvc.perform(get("/visits/{id}", id).with(Fixtures.as(supervisor))).andExpect(status().isOk());
        mvc.perform(get("/visits/{id}", id).with(Fixtures.as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/visits/{id}", id).with(Fixtures.as(otherSupervisor))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> as(colleague, () -> visits.view(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(colleague, () -> visits.list(VisitView.OPEN, served, false, PageQuery.of(0, 20, null)))
                .getTotalElements()).isZero();
        assertThat(as(supervisor, () -> visits.list(VisitView.OPEN, served, false, PageQuery.of(0, 20, null)))
                .getTotalElements()).isEqualTo(1);
        String list = mvc.perform(get("/visits").with(Fixtures.as(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("visit-" + id, "钱勇");
    }

    @Test
    void aStaleFormIs409AndBadInputIs422WithTheVisitUnchanged() throws Exception {
        long member = VisitTestData.customer(archive, supervisor, "冯兰", true);
        long served = VisitTestData.answeredConsultation(requests, agent, member);
        ReturnVisit v = as(agent, () -> visits.forRequest(served)).orElseThrow();
        String path = "/visits/" + v.getId();

        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(v.getVersion()))
                .param("outcome", "REACHED")).andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(v.getVersion()))
                .param("outcome", "REACHED").param("satisfaction", "SATISFIED").param("answers[0]", "7"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(v.getVersion()))
                .param("outcome", "CALL_BACK").param("callBackAt", tomorrowAt(22)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(v.getVersion()))
                .param("outcome", "CALL_BACK").param("callBackAt", tomorrowAt(15)).param("note", "客户开会"))
                .andExpect(redirectedUrl(path));
        ReturnVisit moved = as(agent, () -> visits.view(v.getId())).visit();
        assertThat(moved.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(moved.getPlannedAt()).isEqualTo(LocalDate.now(organisation.zone()).plusDays(1).atTime(15, 0)
                .atZone(organisation.zone()).toInstant());
        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(v.getVersion()))
                .param("outcome", "NOT_REACHED")).andExpect(status().isConflict());
        mvc.perform(post(path).with(Fixtures.as(agent)).with(csrf()).param("version", String.valueOf(moved.getVersion()))
                .param("outcome", "CALL_BACK").param("callBackAt", tomorrowAt(22)).param("customerAsked", "true"))
                .andExpect(redirectedUrl(path));
        assertThat(as(agent, () -> visits.view(v.getId())).visit().isRescheduledOnRequest()).isTrue();
    }

    @Test
    void coverageCountsTheTeamsMemberServicesVisitedInTimeLateAndNotYetAndWhoOwesTheOverdue() throws Exception {
        long a = VisitTestData.answeredConsultation(requests, agent, VisitTestData.customer(archive, supervisor, "陈林", true));
        long b = VisitTestData.answeredConsultation(requests, agent, VisitTestData.customer(archive, supervisor, "陈梅", true));
        long c = VisitTestData.answeredConsultation(requests, agent, VisitTestData.customer(archive, supervisor, "陈竹", true));
        VisitTestData.answeredConsultation(requests, agent, VisitTestData.customer(archive, supervisor, "陈松", false));
        ReturnVisit inTime = as(agent, () -> visits.forRequest(a)).orElseThrow();
        as(agent, () -> visits.record(inTime.getId(), reached(Satisfaction.SATISFIED, null, inTime)));
        ReturnVisit late = as(agent, () -> visits.forRequest(b)).orElseThrow();
        as(agent, () -> visits.record(late.getId(), reached(Satisfaction.SATISFIED, null, late)));
        jdbc.update("update return_visit set due_by = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), late.getId());
        ReturnVisit owed = as(agent, () -> visits.forRequest(c)).orElseThrow();
        jdbc.update("update return_visit set due_by = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), owed.getId());

        LocalDate today = LocalDate.now(organisation.zone());
        VisitCoverage.Report report = as(supervisor, () -> coverage.of(today.minusDays(1), today));
        assertThat(report.served()).isEqualTo(3);
        assertThat(report.visitedInTime()).isEqualTo(1);
        assertThat(report.visitedLate()).isEqualTo(1);
        assertThat(report.notVisited()).isEqualTo(1);
        assertThat(report.percent()).isEqualTo(33);
        assertThat(report.overdue()).singleElement().satisfies(d -> {
            assertThat(d.agentId()).isEqualTo(agent.id());
            assertThat(d.visits()).isEqualTo(1);
        });
        assertThat(as(supervisor, () -> coverage.of(today.minusDays(1), today, null, agent.id())).served())
                .isEqualTo(3);
        VisitCoverage.Report nobodysVisits = as(supervisor, () -> coverage.of(today.minusDays(1), today, null,
                supervisor.id()));
        assertThat(nobodysVisits.served()).isZero();
        assertThat(nobodysVisits.percent()).isEqualTo(100);
        assertThat(nobodysVisits.overdue()).isEmpty();
        assertThat(as(supervisor, () -> coverage.of(today.minusDays(1), today, Long.MAX_VALUE, null)).served())
                .as("a supervisor filtering another team's department sees nothing of it").isZero();
        assertThat(as(agent, () -> visits.list(VisitView.OVERDUE, null, true, PageQuery.of(0, 20, null)))
                .map(r -> r.visit().getId()).getContent()).containsExactly(owed.getId());
        assertThat(html(get("/visits/coverage").param("agentId", String.valueOf(supervisor.id()))
                .param("from", today.minusDays(1).toString()).param("to", today.toString())
                .with(Fixtures.as(supervisor)))).contains("data-served>0<");
        assertThat(html(get("/visits/coverage").param("from", today.minusDays(1).toString())
                .param("to", today.toString()).with(Fixtures.as(supervisor))))
                .contains("data-served>3<", "data-in-time>1<", "data-late>1<", "data-percent>33%<",
                        "data-agent=\"" + agent.id() + "\"");
        mvc.perform(get("/visits/coverage").param("from", today.toString()).param("to", today.minusDays(2).toString())
                .with(Fixtures.as(supervisor))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/visits/coverage").with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }

    @Test
    void aComplaintClosedOverTheApiCancelsItsOwedVisit() {
        long customer = VisitTestData.customer(archive, supervisor, "何涛", false);
        long id = VisitTestData.summarisedComplaint(requests, loop, agent, customer, team);
        as(agent, () -> loop.recordFollowUp(id, new csms.service.ComplaintSteps.FollowUp("电话回访，客户满意",
                Satisfaction.SATISFIED, null), requests.view(id).version()));
        assertThat(as(agent, () -> visits.forRequest(id)).orElseThrow().getStatus()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void theVisitScreenAddressesTheCustomerByTitleOrNeutrallyAndShowsTheQuestionnaire() throws Exception {
        long titled = VisitTestData.customer(archive, supervisor, "欧阳明", true);
        long neutral = VisitTestData.customer(archive, supervisor, "林海", true, csms.customer.Salutation.NONE);
        long a = as(agent, () -> visits.forRequest(VisitTestData.answeredConsultation(requests, agent, titled)))
                .orElseThrow().getId();
        long b = as(agent, () -> visits.forRequest(VisitTestData.answeredConsultation(requests, agent, neutral)))
                .orElseThrow().getId();
        assertThat(html(get("/visits/{id}", a).with(Fixtures.as(agent))))
                .contains("请问是欧阳先生吗", "准确性", "及时性", "服务态度", "其他不满意", "您的建议", "data-source-request");
        assertThat(html(get("/visits/{id}", b).with(Fixtures.as(agent)))).contains("请问是您本人吗")
                .doesNotContain("先生吗");

        // the visit script (VIS-2) opens on the visit scripts, filled for this customer and the service asked about
        String page = html(get("/visits/{id}", a).with(Fixtures.as(agent)));
        assertThat(page).contains("id=\"visit-script\"", "data-script-panel", "hx-trigger=\"load, change\"")
                .containsPattern("<option value=\"VISIT_OPENING\"\\s+selected=\"selected\">")
                .contains("name=\"customerTitle\" value=\"先生\"", "name=\"customerSurname\" value=\"欧阳\"");
        assertThat(html(get("/scripts/panel").param("situation", "VISIT_OPENING").param("customerTitle", "先生")
                .param("customerSurname", "欧阳").param("service", "发票邮寄").with(Fixtures.as(agent))))
                .contains("请问您是欧阳先生吗", "办理了发票邮寄");
    }

    @Test
    void aCustomersOwnQuietHoursAreKeptAndShownAndHalfAWindowIsRefused() throws Exception {
        long member = VisitTestData.customer(archive, supervisor, "许杨", true);
        long id = as(agent, () -> visits.forRequest(VisitTestData.answeredConsultation(requests, agent, member)))
                .orElseThrow().getId();
        String path = "/visits/customers/" + member + "/quiet-hours";
        mvc.perform(post(path).param("visit", String.valueOf(id)).param("from", "18:00").with(Fixtures.as(agent))
                .with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).param("visit", String.valueOf(id)).param("from", "18:00").param("to", "20:30")
                .with(Fixtures.as(agent)).with(csrf())).andExpect(redirectedUrl("/visits/" + id));
        VisitDetails d = as(agent, () -> visits.view(id));
        assertThat(d.customerQuietHours()).isEqualTo(new QuietHours.Window(18 * 60, 20 * 60 + 30));
        assertThat(html(get("/visits/{id}", id).with(Fixtures.as(agent)))).contains("data-customer-quiet", "18:00–20:30");
        mvc.perform(post(path).param("from", "08:00").param("to", "10:00").param("version", "7")
                .with(Fixtures.as(agent)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void aCustomerInTheirOwnQuietHoursIsNotCallableNowAndOthersAreOutsideTheOrganisationsHours() {
        long resting = VisitTestData.customer(archive, supervisor, "曹雪", true);
        long awake = VisitTestData.customer(archive, supervisor, "曹云", true);
        long restingVisit = as(agent, () -> visits.forRequest(VisitTestData.answeredConsultation(requests, agent,
                resting))).orElseThrow().getId();
        long awakeVisit = as(agent, () -> visits.forRequest(VisitTestData.answeredConsultation(requests, agent,
                awake))).orElseThrow().getId();
        java.time.LocalTime now = java.time.LocalTime.now(organisation.zone()).withSecond(0).withNano(0);
        as(agent, () -> {
            quietHoursSettings.change(resting, now.minusHours(1), now.plusHours(1), null);
            return null;
        });
        // planned at the first callable instant: due now unless the organisation's quiet hours hold now
        jdbc.update("update return_visit set planned_at = ? where id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), restingVisit, awakeVisit);
        assertThat(as(agent, () -> visits.view(restingVisit)).callableNow()).isFalse();
        List<Long> callable = as(agent, () -> visits.list(VisitView.CALLABLE_NOW, null, true,
                PageQuery.of(0, 100, null))).map(r -> r.visit().getId()).getContent();
        assertThat(callable).doesNotContain(restingVisit);
        boolean organisationQuiet = organisationQuietHours().isQuiet(Instant.now(), organisation.zone());
        assertThat(callable.contains(awakeVisit)).isEqualTo(!organisationQuiet);
        assertThat(as(agent, () -> visits.view(awakeVisit)).callableNow()).isEqualTo(!organisationQuiet);
    }

    @Test
    void supervisorsKeepAtMostFiveQuestionsPerKindAndAgentsMayNotEditThem() throws Exception {
        mvc.perform(get("/settings/visit-questions").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        var six = post("/settings/visit-questions").param("kind", "PERIODIC").with(Fixtures.as(supervisor)).with(csrf());
        for (int i = 0; i < 6; i++) {
            six.param("text", "问题" + i).param("type", "SCORE");
        }
        mvc.perform(six).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/settings/visit-questions").param("kind", "PERIODIC").param("text", "合作满意度", "", "遇到的问题")
                .param("type", "SCORE", "SCORE", "TEXT").with(Fixtures.as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/settings/visit-questions?kind=PERIODIC"));
        List<VisitQuestion> saved = as(agent, () -> questionnaires.of(VisitKind.PERIODIC));
        assertThat(saved).extracting(VisitQuestion::getText).containsExactly("合作满意度", "遇到的问题");
        assertThat(saved).extracting(VisitQuestion::getAnswerType).containsExactly(AnswerType.SCORE, AnswerType.TEXT);
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static VisitRecord reached(Satisfaction satisfaction, String note, ReturnVisit v) {
        return new VisitRecord(VisitOutcome.REACHED, satisfaction, List.of("5", "5", "5"), note, null, false,
                v.getVersion());
    }

    private QuietHours organisationQuietHours() {
        return new QuietHours(List.of(QuietHours.Window.of(java.time.LocalTime.NOON, java.time.LocalTime.of(14, 0)),
                QuietHours.Window.of(java.time.LocalTime.of(21, 0), java.time.LocalTime.of(9, 0))));
    }

    private String tomorrowAt(int hour) {
        return LocalDate.now(organisation.zone()).plusDays(1).atTime(hour, 0).toString();
    }
}
