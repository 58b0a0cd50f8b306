package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.visit.AnswerType;
import csms.visit.Questionnaires;
import csms.visit.ReturnVisits;
import csms.visit.SurveyChannel;
import csms.visit.SurveyLinkSent;
import csms.visit.VisitKind;
import csms.visit.VisitQuestion;
import csms.visit.VisitSurveyLinks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's questionnaire from the SMS link on a phone-sized screen (VIS-6): no sign-in and no app navigation,
 * big score buttons, Chinese typed into the text answer, a thank-you page, and the same link refused afterwards.
 */
@BrowserTest
class VisitSurveyBrowserTest {

    private static final String SUGGESTION = "建议多一些晚间服务";

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ReturnVisits visits;
    @Autowired
    VisitSurveyLinks links;
    @Autowired
    Questionnaires questionnaires;

    @Test
    void theCustomerAnswersOnAPhoneInChineseOnceAndTheLinkIsThenRefused(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        long visitId = serviceVisit(supervisor, agent);
        SurveyLinkSent sent = Fixtures.as(agent, () -> links.send(visitId, SurveyChannel.SMS));
        String path = sent.url().substring(sent.url().indexOf("/c/survey/"));
        List<VisitQuestion> questions = Fixtures.as(agent, () -> questionnaires.of(VisitKind.SERVICE));
        Page page = web.page();
        page.setViewportSize(375, 667);

        Response opened = web.open(path);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(zh("visitsurvey.title"));
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
        assertThat((Number) page.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling")
                .matches(w -> w.intValue() <= 375);

        int textQuestion = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).getAnswerType() == AnswerType.SCORE) {
                Locator five = page.locator("label[for='answer-" + i + "-5']");
                BoundingBox box = five.boundingBox();
                assertThat(box.height).as("a score is a big tap target").isGreaterThanOrEqualTo(44);
                five.click();
            } else {
                textQuestion = i; // the last text question: the suggestions
            }
        }
        assertThat(textQuestion).as("the service questionnaire has a text question").isGreaterThanOrEqualTo(0);
        Locator text = page.getByLabel(questions.get(textQuestion).getText(), new Page.GetByLabelOptions().setExact(true));
        text.fill(SUGGESTION);
        page.getByText(zh("complaint.satisfaction.SATISFIED"), new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("visitsurvey.submit")).setExact(true))
                .click();

        assertThat(page.getByText(zh("visitsurvey.done.title"))).isVisible();
        var answered = Fixtures.as(agent, () -> visits.view(visitId)).answers();
        assertThat(answered.stream().map(a -> a.getText()).toList()).contains(SUGGESTION);

        web.allowConsoleErrors("status of 410");
        Response again = web.open(path);
        assertThat(again.status()).isEqualTo(410);
        assertThat(page.getByText(zh("visitsurvey.answered.title"))).isVisible();
        assertThat(page.locator("#survey-form")).hasCount(0);

        web.signIn(agent);
        web.open("/visits/" + visitId);
        assertThat(page.locator("[data-recorded-via]")).hasText(zh("visitsurvey.via.WEB"));
        assertThat(page.locator("[data-survey-link-answered]")).isVisible();
    }

    /** A member (registered by the supervisor) whose consultation was answered by the agent: its service visit is owed. Returns the visit id. */
    private long serviceVisit(SignedInUser supervisor, SignedInUser agent) {
        long customer = CustomerData.register(archive, supervisor, new NewCustomer(CustomerKind.PERSON,
                CustomerData.uniqueName().name(), Salutation.MS, null, null, "广州市天河区体育西路1号", null,
                CustomerSource.PHONE, null, null, List.of(new PhoneEntry(CustomerData.mobile(), "手机")), List.of(),
                null, null, true, false, false, false, null)).id();
        long request = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.CONSULTATION,
                Channel.PHONE, customer, "咨询检测周期", "客户来电咨询检测周期", Priority.NORMAL, null, null, false, null,
                null, null))).id();
        Fixtures.as(agent, () -> requests.resolve(request, "您好，常规检测周期为五个工作日，请您放心。",
                requests.view(request).version()));
        return Fixtures.as(agent, () -> visits.forRequest(request)).orElseThrow().getId();
    }
}
