package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.service.ComplaintLoop;
import csms.service.ComplaintStage;
import csms.service.CustomerNotifier;
import csms.service.RequestDetails;
import csms.service.Satisfaction;
import csms.service.ServiceRequests;
import csms.shared.NotFoundException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The customer's questionnaire by a one-time link (VIS-6): sent by SMS or e-mail to the archive's address, answered
 * once without signing in, refused when used, expired (the clock moved on), replaced or the visit already ended;
 * an unsatisfied answer opens a request as the visiting agent (VIS-8).
 */
@IntegrationTest
@Import(VisitSurveyLinksIT.TestClockAndNotifier.class)
class VisitSurveyLinksIT {

    static final String SUGGESTION = "建议多一些晚间服务";

    /** A clock the test moves forward, and a notifier that keeps the messages instead of sending them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockAndNotifier {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        @Primary
        SentMessages sentMessages() {
            return new SentMessages();
        }
    }

    /** What would have gone to customers. */
    static class SentMessages implements CustomerNotifier {

        record Sent(Medium medium, String address, String text) {
        }

        final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(Medium medium, String address, String text) {
            sent.add(new Sent(medium, address, text));
        }

        Sent last() {
            return sent.getLast();
        }
    }

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
    VisitSurveyLinks links;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;
    @Autowired
    Clock injectedClock;
    @Autowired
    SentMessages messages;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        clock.reset();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLinkSentBySmsOpensTheQuestionnaireWithoutSignInAndRecordsTheVisitOnceAsAnsweredOnline() throws Exception {
        assertThat(injectedClock).as("the facades run on the test's clock").isSameAs(clock);
        ReturnVisit v = openVisit("周敏", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));

        SentMessages.Sent sms = messages.last();
        assertThat(sms.medium()).isEqualTo(CustomerNotifier.Medium.SMS);
        assertThat(sms.address()).matches("136\\d{8}");
        assertThat(sms.text()).contains("请花一分钟填写回访问卷", sent.url(), "仅可填写一次");
        assertThat(sent.url()).matches("http://localhost:8080/c/survey/[A-Za-z0-9_-]{32}");
        assertThat(sent.expiresAt()).isEqualTo(sent.sentAt().plus(Duration.ofDays(7)));
        String path = path(sent);
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("回访问卷")))
                .andExpect(content().string(containsString(questionTexts().getFirst())))
                .andExpect(content().string(not(containsString("navbar"))));

        mvc.perform(answer(post(path), "4", SUGGESTION).param("satisfaction", "SATISFIED")
                .param("comment", "服务很好")).andExpect(status().isOk())
                .andExpect(content().string(containsString("感谢您的反馈")));

        ReturnVisit done = as(agent, () -> visits.view(v.getId())).visit();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getOutcome()).isEqualTo(VisitOutcome.REACHED);
        assertThat(done.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(done.getRecordedVia()).isEqualTo(RecordedVia.WEB);
        assertThat(done.getNote()).isEqualTo("服务很好");
        assertThat(done.getAnswers()).extracting(VisitAnswer::getText).contains(SUGGESTION);
        assertThat(done.getFollowRequestId()).as("satisfied: nothing to follow up").isNull();
        assertThat(as(agent, () -> links.status(v.getId())).answeredAt()).isNotNull();

        mvc.perform(get(path)).andExpect(status().isGone())
                .andExpect(content().string(containsString("此问卷已填写")));
        mvc.perform(answer(post(path), "1", "再试一次").param("satisfaction", "UNSATISFIED").with(csrf()))
                .andExpect(status().isGone()).andExpect(content().string(containsString("此问卷已填写")));
        assertThatThrownBy(() -> links.submit(token(sent), new SurveyAnswers(Satisfaction.UNSATISFIED, List.of(), null)))
                .isInstanceOf(SurveyLinkRefused.class).extracting("reason").isEqualTo(SurveyLinkRefused.Reason.ANSWERED);
        assertThat(as(agent, () -> visits.view(v.getId())).visit().getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);

        assertThat(audit.find(new AuditQuery(null, "visit.survey-link-sent", ReturnVisits.SUBJECT,
                String.valueOf(v.getId()), null, null), PageRequest.of(0, 5)).getContent())
                .extracting(e -> e.getActor()).containsExactly(agent.getUsername());
        assertThat(audit.find(new AuditQuery(null, "visit.answered-online", ReturnVisits.SUBJECT,
                String.valueOf(v.getId()), null, null), PageRequest.of(0, 5)).getContent())
                .extracting(e -> e.getActor()).containsExactly("customer");
    }

    @Test
    void anExpiredLinkIsRefusedWith410AndAnUnknownOneWith404AndNeitherShowsAStackTrace() throws Exception {
        ReturnVisit v = openVisit("陈刚", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        mvc.perform(get(path(sent))).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get(path(sent))).andExpect(status().isGone())
                .andExpect(content().string(containsString("此问卷链接已过期或无效")));
        mvc.perform(answer(post(path(sent)), "5", SUGGESTION).param("satisfaction", "SATISFIED"))
                .andExpect(status().isGone()).andExpect(content().string(containsString("此问卷链接已过期或无效")));
        assertThat(as(agent, () -> visits.view(v.getId())).visit().getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(as(agent, () -> links.status(v.getId())).expired()).isTrue();

        mvc.perform(get("/c/survey/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("此问卷链接已过期或无效")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/c/survey/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void sendingAgainReplacesTheEarlierLinkWhichNoLongerOpens() throws Exception {
        ReturnVisit v = openVisit("林涛", "lin.tao@example.cn");
        SurveyLinkSent first = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));
        clock.advance(Duration.ofHours(1));
        SurveyLinkSent second = as(supervisor, () -> links.send(v.getId(), SurveyChannel.EMAIL));

        assertThat(messages.last().address()).isEqualTo("lin.tao@example.cn");
        assertThat(messages.last().medium()).isEqualTo(CustomerNotifier.Medium.EMAIL);
        assertThat(second.url()).isNotEqualTo(first.url());
        mvc.perform(get(path(first))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("此问卷链接已过期或无效")));
        mvc.perform(get(path(second))).andExpect(status().isOk());
        SurveyLinkStatus status = as(agent, () -> links.status(v.getId()));
        assertThat(status.channel()).isEqualTo(SurveyChannel.EMAIL);
        assertThat(status.expiresAt()).isEqualTo(second.expiresAt());
        assertThat(status.options()).extracting(SurveyLinkStatus.Option::channel)
                .containsExactly(SurveyChannel.EMAIL, SurveyChannel.SMS);
        assertThat(status.options().getFirst().maskedAddress()).isEqualTo("l***@example.cn");
    }

    @Test
    void anUnsatisfiedAnswerThroughTheLinkOpensARequestAsTheVisitingAgent() {
        ReturnVisit v = openVisit("黄丽", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));

        links.submit(token(sent), new SurveyAnswers(Satisfaction.UNSATISFIED, answers("2", SUGGESTION), null));

        ReturnVisit done = as(agent, () -> visits.view(v.getId())).visit();
        assertThat(done.getRecordedVia()).isEqualTo(RecordedVia.WEB);
        assertThat(done.getNote()).isEqualTo("客户通过在线问卷作答，未留言。");
        assertThat(done.getFollowRequestId()).isNotNull();
        RequestDetails opened = as(agent, () -> requests.view(done.getFollowRequestId()));
        assertThat(opened.customerId()).isEqualTo(v.getCustomerId());
        assertThat(opened.assigneeId()).isEqualTo(agent.id());
        assertThat(opened.createdById()).isEqualTo(agent.id());
        assertThat(opened.subject()).contains("回访", "不满意");
    }

    @Test
    void whenTheAgentHasLeftTheTeamsSupervisorOpensTheRequestForAnUnsatisfiedAnswer() {
        ReturnVisit v = openVisit("郑强", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));
        jdbc.update("update app_user set enabled = ? where id = ?", false, agent.id());

        links.submit(token(sent), new SurveyAnswers(Satisfaction.UNSATISFIED, answers("1", SUGGESTION), "很失望"));

        ReturnVisit done = as(supervisor, () -> visits.view(v.getId())).visit();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getFollowRequestId()).isNotNull();
        assertThat(as(supervisor, () -> requests.view(done.getFollowRequestId())).createdById())
                .isEqualTo(supervisor.id());
    }

    @Test
    void anUnsatisfiedAnswerToAComplaintsFollowUpThroughTheLinkReopensTheComplaint() {
        long customer = VisitTestData.customer(archive, supervisor, "宋佳", false);
        long complaint = VisitTestData.summarisedComplaint(requests, loop, agent, customer, team);
        ReturnVisit v = as(agent, () -> visits.forRequest(complaint)).orElseThrow();
        assertThat(v.getKind()).isEqualTo(VisitKind.COMPLAINT_FOLLOW_UP);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));

        links.submit(token(sent), new SurveyAnswers(Satisfaction.AVERAGE,
                answers(VisitKind.COMPLAINT_FOLLOW_UP, "3", SUGGESTION), "处理太慢"));

        RequestDetails reopened = as(agent, () -> requests.view(complaint));
        assertThat(reopened.complaint().stage()).isNotEqualTo(ComplaintStage.CLOSED);
        assertThat(reopened.status().isActive()).isTrue();
        assertThat(as(agent, () -> visits.view(v.getId())).visit().getSatisfaction()).isEqualTo(Satisfaction.AVERAGE);
    }

    @Test
    void aVisitTheAgentAlreadyRecordedByPhoneRefusesItsLink() throws Exception {
        ReturnVisit v = openVisit("郭峰", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));
        ReturnVisit called = as(agent, () -> visits.record(v.getId(), new VisitRecord(VisitOutcome.REACHED,
                Satisfaction.SATISFIED, List.of(), "电话回访，客户满意", null, false, v.getVersion())));
        assertThat(called.getRecordedVia()).isEqualTo(RecordedVia.PHONE);

        mvc.perform(get(path(sent))).andExpect(status().isGone())
                .andExpect(content().string(containsString("此回访已完成")));
        assertThatThrownBy(() -> as(agent, () -> links.send(v.getId(), SurveyChannel.SMS)))
                .isInstanceOf(csms.shared.ConflictException.class);
    }

    @Test
    void badAnswersReRenderTheFormWithTheInputKeptAndTheLinkStillWorks() throws Exception {
        ReturnVisit v = openVisit("何静", null);
        SurveyLinkSent sent = as(agent, () -> links.send(v.getId(), SurveyChannel.SMS));

        mvc.perform(answer(post(path(sent)), "4", SUGGESTION).param("comment", "晚上八点后方便"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(SUGGESTION)))
                .andExpect(content().string(containsString("晚上八点后方便")))
                .andExpect(content().string(containsString("data-error=\"satisfaction\"")))
                .andExpect(content().string(containsString("此项为必填项")));
        mvc.perform(answer(post(path(sent)), "9", SUGGESTION).param("satisfaction", "AVERAGE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择 1 到 5 分")));
        mvc.perform(post(path(sent)).param("satisfaction", "SATISFIED")).andExpect(status().isForbidden());

        assertThat(as(agent, () -> visits.view(v.getId())).visit().getStatus()).isEqualTo(VisitStatus.PLANNED);
        mvc.perform(get(path(sent))).andExpect(status().isOk());
    }

    @Test
    void theVisitScreenOffersOnlyTheChannelsTheArchiveHasAndShowsTheLinkSent() throws Exception {
        ReturnVisit v = openVisit("罗平", null);
        mvc.perform(get("/visits/" + v.getId()).with(Fixtures.as(agent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-survey-channel=\"SMS\"")))
                .andExpect(content().string(not(containsString("data-survey-channel=\"EMAIL\""))));
        assertThatThrownBy(() -> as(agent, () -> links.send(v.getId(), SurveyChannel.EMAIL)))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("channel");
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.AGENT);
        assertThatThrownBy(() -> as(stranger, () -> links.send(v.getId(), SurveyChannel.SMS)))
                .isInstanceOf(NotFoundException.class);

        mvc.perform(post("/visits/" + v.getId() + "/survey-link").param("channel", "SMS").with(Fixtures.as(agent))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/visits/" + v.getId()).with(Fixtures.as(agent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("通过短信发送，有效期至")));
    }

    private ReturnVisit openVisit(String name, String email) {
        String mobile = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long customer = as(supervisor, () -> archive.register(new NewCustomer(CustomerKind.PERSON, name, Salutation.MS,
                null, email, "广州市天河区体育西路1号", null, CustomerSource.PHONE, null, null,
                List.of(new PhoneEntry(mobile, "手机")), List.of(), null, null, true, false, false, false, null))).id();
        long served = VisitTestData.answeredConsultation(requests, agent, customer);
        return as(agent, () -> visits.forRequest(served)).orElseThrow();
    }

    private List<String> questionTexts() {
        return as(agent, () -> questionnaires.of(VisitKind.SERVICE)).stream().map(VisitQuestion::getText).toList();
    }

    /** An answer for each question of the service questionnaire: the score for scores, the text for texts. */
    private List<String> answers(String score, String text) {
        return answers(VisitKind.SERVICE, score, text);
    }

    private List<String> answers(VisitKind kind, String score, String text) {
        List<String> out = new ArrayList<>();
        for (VisitQuestion q : as(agent, () -> questionnaires.of(kind))) {
            out.add(q.getAnswerType() == AnswerType.SCORE ? score : text);
        }
        return out;
    }

    private MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder form, String score, String text) {
        List<String> given = answers(score, text);
        for (int i = 0; i < given.size(); i++) {
            form.param("answers[" + i + "]", given.get(i));
        }
        return form.with(csrf());
    }

    private static String path(SurveyLinkSent sent) {
        return sent.url().substring(sent.url().indexOf("/c/survey/"));
    }

    private static String token(SurveyLinkSent sent) {
        return sent.url().substring(sent.url().lastIndexOf('/') + 1);
    }
}
