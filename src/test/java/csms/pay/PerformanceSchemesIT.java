package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.MutableClock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Performance schemes 绩效方案 (PAY-5, PAY-8): the department's head writes, a department manager who neither wrote nor
 * submitted it approves or returns it with a reason, an approved version is final and a change is a new version from
 * a later month; grades are given only under the approved scheme in force in the month, by the role it names.
 */
@IntegrationTest
@Import(PerformanceSchemesIT.MovableClock.class)
class PerformanceSchemesIT {

    /** A clock the test moves to next month. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        MutableClock schemeClock() {
            return new MutableClock();
        }
    }

    @Autowired
    PerformanceSchemes schemes;
    @Autowired
    PayAssessments assessments;
    @Autowired
    PayRules rules;
    @Autowired
    Departments departments;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser head;
    SignedInUser agent;
    SignedInUser manager;
    SignedInUser otherManager;
    YearMonth now;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        head = fixtures.user(team, Role.SUPERVISOR);
        agent = fixtures.user(team, Role.AGENT);
        manager = fixtures.user(Role.DEPT_MANAGER);
        otherManager = fixtures.user(Role.DEPT_MANAGER);
        now = rules.currentMonth();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theHeadWritesAnotherManagerApprovesAReturnedSchemeIsSubmittedAgainAndAnApprovedOneIsFinal() {
        PerformanceScheme draft = as(head, () -> schemes.create(SchemeFixtures.input(team, now, SchemeGrader.HEAD,
                null)));
        assertThat(draft.getState()).isEqualTo(SchemeState.DRAFT);
        assertThat(draft.getCriteria()).extracting(SchemeCriterion::getName).containsExactly("产销率", "货品管理能力");
        PerformanceScheme sent = as(head, () -> schemes.submit(draft.getId(), draft.getVersion()));
        assertThatThrownBy(() -> as(head, () -> schemes.approve(sent.getId(), sent.getVersion())))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as(manager, () -> schemes.giveBack(sent.getId(), " ", sent.getVersion())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        PerformanceScheme returned = as(manager, () -> schemes.giveBack(sent.getId(), "权重请与主管再核对",
                sent.getVersion()));
        assertThat(returned.getState()).isEqualTo(SchemeState.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("权重请与主管再核对");
        assertThatThrownBy(() -> as(manager, () -> schemes.approve(returned.getId(), returned.getVersion())))
                .isInstanceOf(ConflictException.class);

        PerformanceScheme edited = as(head, () -> schemes.update(returned.getId(), new SchemeInput(team, now,
                List.of(new SchemeCriterion("产销率", null, null), new SchemeCriterion("各类报表", null, "按时准确")),
                SchemeGrader.HEAD, "不及格", "及格", "良好", "优秀", returned.getVersion())));
        assertThatThrownBy(() -> as(head, () -> schemes.submit(edited.getId(), returned.getVersion())))
                .isInstanceOf(ConflictException.class);
        PerformanceScheme again = as(head, () -> schemes.submit(edited.getId(), edited.getVersion()));
        PerformanceScheme approved = as(manager, () -> schemes.approve(again.getId(), again.getVersion()));
        assertThat(approved.getState()).isEqualTo(SchemeState.APPROVED);
        assertThat(approved.getCriteria()).extracting(SchemeCriterion::getName).containsExactly("产销率", "各类报表");
        assertThat(schemes.inForce(team, now)).map(PerformanceScheme::getId).contains(approved.getId());

        assertThatThrownBy(() -> as(head, () -> schemes.update(approved.getId(), SchemeFixtures.input(team, now,
                SchemeGrader.HEAD, approved.getVersion())))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(head, () -> schemes.create(SchemeFixtures.input(team, now,
                SchemeGrader.DIRECTOR, null)))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                        e.messageKey()).isEqualTo("pay.scheme.month-too-early"));
        PerformanceScheme next = as(head, () -> schemes.create(SchemeFixtures.input(team, now.plusMonths(1),
                SchemeGrader.DIRECTOR, null)));
        assertThat(as(head, () -> schemes.history(team))).extracting(PerformanceScheme::getId)
                .containsExactly(next.getId(), approved.getId());
        assertThat(audit.find(AuditQuery.forSubject(PerformanceSchemes.SUBJECT, approved.getId()),
                PageRequest.of(0, 20)).getContent()).extracting(AuditEntry::getAction).containsExactlyInAnyOrder(
                        "payscheme.created", "payscheme.submitted", "payscheme.returned", "payscheme.changed",
                        "payscheme.submitted", "payscheme.approved");
    }

    @Test
    void theAuthorNeverApprovesAndNobodyWritesForAnotherDepartment() {
        PerformanceScheme own = as(manager, () -> schemes.create(SchemeFixtures.input(team, now, SchemeGrader.HEAD,
                null)));
        PerformanceScheme sent = as(manager, () -> schemes.submit(own.getId(), own.getVersion()));
        assertThatThrownBy(() -> as(manager, () -> schemes.approve(sent.getId(), sent.getVersion())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.scheme.own"));
        assertThatThrownBy(() -> as(otherManager, () -> schemes.approve(sent.getId(), sent.getVersion() - 1)))
                .isInstanceOf(ConflictException.class);

        SignedInUser stranger = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(stranger, () -> schemes.create(SchemeFixtures.input(team, now.plusMonths(1),
                SchemeGrader.HEAD, null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> schemes.get(sent.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(head, () -> schemes.create(new SchemeInput(team, now.plusMonths(1),
                List.of(new SchemeCriterion("产销率", 50, null), new SchemeCriterion("报表", null, null)),
                SchemeGrader.HEAD, "a", "b", "c", "d", null)))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pay.scheme.weights"));
        assertThatThrownBy(() -> as(head, () -> schemes.create(new SchemeInput(team, now.plusMonths(1), List.of(),
                SchemeGrader.HEAD, "a", "b", "c", "d", null)))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("criteria"));

        assertThat(as(otherManager, () -> schemes.approve(sent.getId(), sent.getVersion())).getState())
                .isEqualTo(SchemeState.APPROVED);
    }

    @Test
    void gradingNeedsTheApprovedSchemeInForceInTheMonthAndTheRoleItNames() {
        String name = departments.get(team).getName();
        assertThatThrownBy(() -> as(head, () -> assessments.grade(agent.id(), now, PerformanceGrade.GOOD, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pay.scheme.none");
                    assertThat(e.arguments()).contains(name, now.toString());
                });

        PerformanceScheme first = SchemeFixtures.approved(schemes, fixtures, team, now.minusMonths(1),
                SchemeGrader.HEAD);
        PerformanceScheme later = SchemeFixtures.approved(schemes, fixtures, team, now.plusMonths(1),
                SchemeGrader.DIRECTOR);
        assertThat(schemes.inForce(team, now)).map(PerformanceScheme::getId).contains(first.getId());
        assertThat(schemes.inForce(team, now.plusMonths(1))).map(PerformanceScheme::getId).contains(later.getId());
        PayAssessment graded = as(head, () -> assessments.grade(agent.id(), now, PerformanceGrade.GOOD, null));
        assertThat(graded.getGrade()).isEqualTo(PerformanceGrade.GOOD);

        toNextMonth();
        YearMonth next = now.plusMonths(1);
        assertThatThrownBy(() -> as(head, () -> assessments.grade(agent.id(), next, PerformanceGrade.PASS, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.scheme.grader-only.DIRECTOR"));
        assertThatThrownBy(() -> as(manager, () -> assessments.grade(agent.id(), next, PerformanceGrade.PASS,
                null))).isInstanceOf(RuleViolation.class);
        SignedInUser director = fixtures.user(Role.DIRECTOR);
        assertThat(as(director, () -> assessments.grade(agent.id(), next, PerformanceGrade.PASS, null)).getGrade())
                .isEqualTo(PerformanceGrade.PASS);
        // The month before keeps the version in force then: the head still grades it.
        assertThat(as(head, () -> assessments.grade(agent.id(), now, PerformanceGrade.EXCELLENT,
                graded.getVersion())).getGrade()).isEqualTo(PerformanceGrade.EXCELLENT);

        // Someone without a department has no scheme: managers grade them as before.
        SignedInUser noDepartment = fixtures.user(Role.AGENT);
        assertThat(as(manager, () -> assessments.grade(noDepartment.id(), next, PerformanceGrade.GOOD, null))
                .getGrade()).isEqualTo(PerformanceGrade.GOOD);
    }

    @Test
    void thePagesRefuseOtherRolesKeepABadInputAndSayWhenAnEditIsStale() throws Exception {
        mvc.perform(get("/pay/schemes").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/pay/schemes/queue").with(Fixtures.as(head))).andExpect(status().isForbidden());
        mvc.perform(get("/pay/schemes/new").with(Fixtures.as(fixtures.user(Role.HR))))
                .andExpect(status().isForbidden());

        String refused = mvc.perform(post("/pay/schemes").with(Fixtures.as(head)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("from", now.toString())
                .param("grader", "HEAD").param("criteria[0].name", "页面设计").param("criteria[0].weight", "abc")
                .param("failMeans", "a").param("passMeans", "b").param("goodMeans", "c").param("excellentMeans", "d"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"页面设计\"", "value=\"abc\"", "权重须为 1 至 100 的整数");

        String created = mvc.perform(post("/pay/schemes").with(Fixtures.as(head)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("from", now.toString())
                .param("grader", "HEAD").param("criteria[0].name", "页面设计").param("criteria[1].name", "文字表现")
                .param("failMeans", "a").param("passMeans", "b").param("goodMeans", "c").param("excellentMeans", "d"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        PerformanceScheme s = as(head, () -> schemes.get(id));
        assertThat(s.getCriteria()).extracting(SchemeCriterion::getName).containsExactly("页面设计", "文字表现");

        String stale = mvc.perform(post("/pay/schemes/" + id).with(Fixtures.as(head)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("from", now.toString()).param("grader", "HEAD")
                .param("criteria[0].name", "店铺转化").param("failMeans", "a").param("passMeans", "b")
                .param("goodMeans", "c").param("excellentMeans", "d").param("version", String.valueOf(
                        s.getVersion() + 1))).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("value=\"店铺转化\"");
        mvc.perform(post("/pay/schemes/" + id + "/submit").with(Fixtures.as(head)).with(csrf())
                .param("version", String.valueOf(s.getVersion()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/pay/schemes/" + id + "/approve").with(Fixtures.as(head)).with(csrf())
                .param("version", String.valueOf(s.getVersion() + 1))).andExpect(status().isForbidden());
        String staleDecision = mvc.perform(post("/pay/schemes/" + id + "/approve").with(Fixtures.as(manager)).with(csrf())
                .param("version", "0")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(staleDecision).contains("scheme-history");
        String listed = mvc.perform(get("/pay/schemes").param("departmentId", String.valueOf(team))
                .param("state", "SUBMITTED").param("from", now.toString()).with(Fixtures.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("data-scheme=\"" + id + "\"", "页面设计、文字表现", "待审批");
        String shown = mvc.perform(get("/pay/schemes/" + id).with(Fixtures.as(manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("/pay/schemes/" + id + "/approve", "/pay/schemes/" + id + "/return")
                .doesNotContain("/pay/schemes/" + id + "/edit");
        mvc.perform(get("/pay/schemes/" + id).with(Fixtures.as(fixtures.user(fixtures.department(),
                Role.SUPERVISOR)))).andExpect(status().isNotFound());
        String queue = mvc.perform(get("/pay/schemes/queue").with(Fixtures.as(manager))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("data-scheme=\"" + id + "\"");

        String grading = mvc.perform(post("/pay/assessments/grade").with(Fixtures.as(head)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("month", now.toString()).param("grade", "GOOD"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(grading).contains(departments.get(team).getName() + " 在 " + now + " 没有已审批的绩效方案");

        PerformanceScheme submitted = as(head, () -> schemes.get(id));
        as(manager, () -> schemes.approve(id, submitted.getVersion()));
        String page = mvc.perform(get("/pay/assessments").with(Fixtures.as(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/pay/schemes/" + id + "\"", "页面设计、文字表现");
    }

    /** Moves the clock to the second day of next month in the organisation's zone. */
    private void toNextMonth() {
        ZonedDateTime today = ZonedDateTime.now(clock.withZone(organisation.zone()));
        ZonedDateTime target = now.plusMonths(1).atDay(2).atTime(10, 0).atZone(organisation.zone());
        clock.advance(Duration.between(today, target));
    }
}
