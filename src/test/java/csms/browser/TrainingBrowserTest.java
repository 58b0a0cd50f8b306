package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.workforce.CourseKind;
import csms.workforce.TrainingCourses;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chinese: the supervisor records that a new agent passed an onboarding course, and the agent finds it ticked on
 * their own onboarding checklist under 人员 → 培训 (WFM-9).
 */
@BrowserTest
class TrainingBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingCourses courses;

    @Test
    void theSupervisorRecordsAPassAndTheNewAgentSeesItOnTheChecklist(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        String course = "入职服务规范" + System.nanoTime();
        Fixtures.as(fixtures.user(Role.HR), () -> courses.create(course, "礼貌用语", CourseKind.ONBOARDING,
                new BigDecimal("2")));
        Page page = web.page();

        web.signIn(supervisor);
        web.open("/workforce/training/sessions?departmentId=" + team);
        Locator form = page.locator("#session-form");
        form.getByLabel(zh("training.session.course")).selectOption(new SelectOption().setLabel(course));
        form.getByLabel(zh("training.session.trainer")).fill("张老师");
        form.getByLabel(zh("training.session.passed-of", agent.displayName())).check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("training.session.saved"));
        assertThat(page.locator("#attendees tr[data-user='" + agent.id() + "']"))
                .containsText(zh("training.session.passed"));
        web.signOut(supervisor.displayName());

        web.signIn(agent);
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.nav"))
                .setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("training.title")).setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("training.onboarding.title"))
                .setExact(true)).click();
        assertThat(page.locator("#my-onboarding li[data-passed='true']")).containsText(course);
    }
}
