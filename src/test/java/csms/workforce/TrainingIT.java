package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.WithSmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training and knowledge sharing (WFM-9): the catalogue (422, 409, deactivation), sessions with attendance and
 * results, experience exchanges found by their key points, the enforced onboarding deadline counted from the day the
 * agent joined the team, the overdue agents flagged and mailed to the supervisor once, and who sees what (403).
 */
@IntegrationTest
class TrainingIT extends WithSmtpServer {


    @Autowired
    TrainingCourses courses;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    Onboarding onboarding;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    MorningMeetings meetings;

    long team;
    SignedInUser supervisor;
    SignedInUser hr;
    String supervisorMail;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        team = fixtures.department();
        supervisorMail = "zhuguan" + System.nanoTime() + "@example.cn";
        supervisor = fixtures.userWithEmail(team, supervisorMail, "zh-CN", Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        hr = fixtures.user(Role.HR);
        today = LocalDate.now(organisation.zone());
    }

    @Test
    void theCatalogueRefusesBadInputAndStaleChangesAndACourseIsDeactivated() {
        String name = "产品知识" + System.nanoTime();
        TrainingCourse c = as(hr, () -> courses.create(name, "产品线与价格", CourseKind.FURTHER, new BigDecimal("4")));
        assertThat(c.getHours()).isEqualByComparingTo("4.0");
        assertThatThrownBy(() -> as(hr, () -> courses.create(name, null, CourseKind.FURTHER, BigDecimal.ONE)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> as(hr, () -> courses.create("x" + name, null, CourseKind.FURTHER,
                new BigDecimal("0"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("hours"));
        assertThatThrownBy(() -> as(hr, () -> courses.create("y" + name, null, null, BigDecimal.ONE)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));

        TrainingCourse off = as(supervisor, () -> courses.update(c.getId(), name, "产品线", CourseKind.FURTHER,
                new BigDecimal("3.5"), false, c.getVersion()));

        assertThat(off.isActive()).isFalse();
        assertThatThrownBy(() -> as(hr, () -> courses.update(c.getId(), name, null, CourseKind.FURTHER,
                BigDecimal.ONE, true, c.getVersion()))).isInstanceOf(ConflictException.class);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        assertThatThrownBy(() -> as(agent, () -> courses.create("z" + name, null, CourseKind.FURTHER,
                BigDecimal.ONE))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(agent, () -> courses.page(name, null, false, PageQuery.of(0, 20, null))).getContent())
                .as("inactive hidden").isEmpty();
        assertThat(as(agent, () -> courses.page(name, null, true, PageQuery.of(0, 20, null))).getContent())
                .extracting(TrainingCourse::getId).containsExactly(c.getId());
        assertThatThrownBy(() -> as(supervisor, () -> sessions.record(null, training(off.getId(), Set.of(), Set.of()),
                null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("courseId"));
    }

    @Test
    void theOnboardingDeadlineCountsFromTheJoinDayAndAPassCompletesIt() {
        TrainingCourse basics = onboardingCourse("服务规范", today.minusDays(100));
        SignedInUser late = agentJoined(today.minusDays(onboarding.days() + 5));
        SignedInUser fresh = agentJoined(today.minusDays(3));
        SignedInUser passedIt = agentJoined(today.minusDays(10));

        TrainingSession s = as(supervisor, () -> sessions.record(null,
                training(basics.getId(), Set.of(passedIt.id(), fresh.id()), Set.of(passedIt.id())), null));

        var lines = as(supervisor, () -> onboarding.page(team, false, PageQuery.of(0, 20, null))).getContent();
        assertThat(lines).extracting(OnboardingLine::userId)
                .containsExactlyInAnyOrder(late.id(), fresh.id(), passedIt.id()).doesNotContain(supervisor.id());
        OnboardingLine lateLine = line(lines, late);
        assertThat(lateLine.overdue()).isTrue();
        assertThat(lateLine.deadline()).isEqualTo(lateLine.firstDay().plusDays(onboarding.days()));
        assertThat(lateLine.courses()).extracting(OnboardingLine.Check::passed).contains(false);
        assertThat(line(lines, fresh).overdue()).as("still inside the window").isFalse();
        assertThat(line(lines, fresh).done()).isFalse();
        OnboardingLine done = line(lines, passedIt);
        assertThat(done.done()).isTrue();
        assertThat(done.overdue()).isFalse();
        assertThat(done.courses()).filteredOn(ch -> ch.courseId() == basics.getId()).singleElement()
                .satisfies(ch -> assertThat(ch.passedOn()).isEqualTo(today));
        assertThat(as(supervisor, () -> onboarding.page(team, true, PageQuery.of(0, 20, null))).getContent())
                .extracting(OnboardingLine::userId).containsExactly(late.id());
        assertThat(as(fresh, () -> onboarding.mine())).hasValueSatisfying(m -> {
            assertThat(m.deadline()).isEqualTo(today.minusDays(3).plusDays(onboarding.days()));
            assertThat(m.courses()).extracting(OnboardingLine.Check::name).contains(basics.getName());
        });
        assertThat(as(supervisor, () -> onboarding.mine())).as("a supervisor is no new agent").isEmpty();
        var own = as(fresh, () -> sessions.view(s.getId()));
        assertThat(own.attendees()).singleElement().satisfies(a -> {
            assertThat(a.userId()).isEqualTo(fresh.id());
            assertThat(a.passed()).isFalse();
        });
        assertThat(own.mayEdit()).isFalse();
    }

    @Test
    void theSweepMailsTheSupervisorOnceAboutEachNewlyOverdueAgent() throws Exception {
        onboardingCourse("安全规范", today.minusDays(200));
        SignedInUser late = agentJoined(today.minusDays(onboarding.days() + 1));

        assertThat(onboarding.notifyOverdue()).isPositive();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] first = SMTP.getReceivedMessagesForDomain(supervisorMail);
        assertThat(first).hasSize(1);
        assertThat(first[0].getSubject()).contains("新员工入职培训逾期");
        assertThat((String) first[0].getContent()).contains(late.displayName());

        onboarding.notifyOverdue();
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessagesForDomain(supervisorMail)).as("told once").hasSize(1);
    }

    @Test
    void exchangesAreFoundByTheirKeyPointsAndOnlyWithinReach() {
        SignedInUser agent = agentJoined(today.minusDays(1));
        String word = "退货话术" + System.nanoTime();
        SessionEntry exchange = new SessionEntry(SessionKind.EXCHANGE, null, team, today, "组长", "投诉处理经验",
                "先道歉，再说明" + word, null, null, Set.of(agent.id()), Set.of());
        TrainingSession s = as(supervisor, () -> sessions.record(null, exchange, null));

        assertThat(as(hr, () -> sessions.page(SessionKind.EXCHANGE, null, word, PageQuery.of(0, 20, null)))
                .getContent()).extracting(SessionLine::id).containsExactly(s.getId());
        assertThat(as(agent, () -> sessions.page(null, null, word, PageQuery.of(0, 20, null))).getContent())
                .singleElement().satisfies(l -> assertThat(l.ownPresent()).isTrue());
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.AGENT);
        assertThat(as(stranger, () -> sessions.page(null, null, word, PageQuery.of(0, 20, null))).getContent())
                .isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> sessions.view(s.getId())))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(otherSupervisor, () -> sessions.record(s.getId(), exchange, s.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherSupervisor, () -> onboarding.page(team, false, PageQuery.of(0, 20, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(supervisor, () -> sessions.record(null, new SessionEntry(SessionKind.EXCHANGE,
                null, team, today, "组长", "无要点", " ", null, null, Set.of(), Set.of()), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("keyPoints"));
        TrainingSession changed = as(supervisor, () -> sessions.record(s.getId(), exchange, s.getVersion()));
        assertThatThrownBy(() -> as(supervisor, () -> sessions.record(s.getId(), exchange, s.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThat(changed.getVersion()).isGreaterThan(s.getVersion());
    }

    @Test
    void thePagesShowTheOnboardingAndRefuseWhatTheyMust() throws Exception {
        onboardingCourse("系统操作", today.minusDays(300));
        SignedInUser late = agentJoined(today.minusDays(onboarding.days() + 10));

        String page = mvc.perform(get("/workforce/training/onboarding").param("departmentId", String.valueOf(team))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-user=\"" + late.id() + "\"", "data-overdue=\"true\"", "已逾期", "新员工培训");
        String mine = mvc.perform(get("/workforce/training/onboarding").with(Fixtures.as(late)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("id=\"my-onboarding\"", "系统操作").doesNotContain("id=\"onboarding\"");
        mvc.perform(get("/workforce/training/onboarding").param("departmentId", String.valueOf(team))
                .with(Fixtures.as(late))).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/training/courses").with(Fixtures.as(late)).with(csrf()).param("name", "偷加")
                .param("kind", "FURTHER").param("hours", "1")).andExpect(status().isForbidden());

        String refused = mvc.perform(post("/workforce/training/courses").with(Fixtures.as(hr)).with(csrf())
                .param("name", "投诉处理" + System.nanoTime()).param("kind", "FURTHER").param("hours", "-2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("学时须大于 0", "value=\"-2\"");
        TrainingCourse c = as(hr, () -> courses.create("话术" + System.nanoTime(), null, CourseKind.FURTHER,
                BigDecimal.ONE));
        as(hr, () -> courses.update(c.getId(), c.getName(), "新大纲", CourseKind.FURTHER, BigDecimal.TEN, true,
                c.getVersion()));
        mvc.perform(post("/workforce/training/courses/" + c.getId()).with(Fixtures.as(hr)).with(csrf())
                .param("name", c.getName()).param("kind", "FURTHER").param("hours", "2").param("active", "true")
                .param("version", String.valueOf(c.getVersion()))).andExpect(status().isConflict());

        String catalogue = mvc.perform(get("/workforce/training").with(Fixtures.as(late))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(catalogue).contains("系统操作").doesNotContain("id=\"course-form\"");
        String sessionsPage = mvc.perform(get("/workforce/training/sessions").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sessionsPage).contains("id=\"session-form\"", "记录培训或经验交流")
                .contains(late.displayName());
        mvc.perform(post("/workforce/training/sessions").with(Fixtures.as(supervisor)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("kind", "TRAINING").param("day", today.toString())
                .param("trainer", "张老师")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aMorningMeetingsTrainingItemIsRecordedAsASession() throws Exception {
        SignedInUser agent = agentJoined(today);
        MorningMeeting m = as(supervisor, () -> meetings.record(new MeetingMinutes(team, today, null, null, null,
                "新系统操作演示", Set.of(agent.id())), null));
        String minutes = mvc.perform(get("/workforce/meetings").param("departmentId", String.valueOf(team))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(minutes).contains("data-training-link=\"" + m.getId() + "\"");
        String form = mvc.perform(get("/workforce/training/sessions").param("meetingId", String.valueOf(m.getId()))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("新系统操作演示", "name=\"meetingId\" value=\"" + m.getId() + "\"");
        TrainingCourse c = onboardingCourse("系统培训", today);
        mvc.perform(post("/workforce/training/sessions").with(Fixtures.as(supervisor)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("kind", "TRAINING")
                .param("courseId", String.valueOf(c.getId())).param("day", today.toString())
                .param("trainer", "张老师").param("keyPoints", "新系统操作演示")
                .param("meetingId", String.valueOf(m.getId())).param("present", String.valueOf(agent.id()))
                .param("passed", String.valueOf(agent.id()))).andExpect(status().is3xxRedirection());
        assertThat(as(agent, () -> onboarding.mine())).hasValueSatisfying(mine -> assertThat(mine.courses())
                .filteredOn(ch -> ch.courseId() == c.getId()).singleElement()
                .satisfies(ch -> assertThat(ch.passed()).isTrue()));
        mvc.perform(get("/workforce/training/sessions").param("meetingId", String.valueOf(m.getId()))
                .with(Fixtures.as(fixtures.user(fixtures.department(), Role.SUPERVISOR))))
                .andExpect(status().isForbidden());
    }

    private OnboardingLine line(java.util.List<OnboardingLine> lines, SignedInUser who) {
        return lines.stream().filter(l -> l.userId() == who.id()).findFirst().orElseThrow();
    }

    private SessionEntry training(long courseId, Set<Long> present, Set<Long> passed) {
        return new SessionEntry(SessionKind.TRAINING, courseId, team, today, "张老师", null, null, "考核合格", null,
                present, passed);
    }

    private TrainingCourse onboardingCourse(String name, LocalDate createdOn) {
        TrainingCourse c = as(hr, () -> courses.create(name + System.nanoTime(), "必修", CourseKind.ONBOARDING,
                new BigDecimal("2")));
        jdbc.sql("update training_course set created_on = :day where id = :id").param("day", createdOn)
                .param("id", c.getId()).update();
        return as(hr, () -> courses.get(c.getId()));
    }

    /** A new agent of the team whose current stint began on the day. */
    private SignedInUser agentJoined(LocalDate firstDay) {
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        jdbc.sql("update team_membership set first_day = :day where user_id = :user and last_day is null")
                .param("day", firstDay).param("user", agent.id()).update();
        return agent;
    }
}
