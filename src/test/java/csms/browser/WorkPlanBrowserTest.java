package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chinese: an agent writes this week's report (sent with Ctrl+Enter), the supervisor finds it in the review list
 * and accepts it (WFM-8).
 */
@BrowserTest
class WorkPlanBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void anAgentWritesTheWeeklyReportAndTheSupervisorAcceptsIt(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        Page page = web.page();

        web.signIn(agent);
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.nav"))
                .setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("plan.mine.title")).setExact(true))
                .click();
        page.waitForLoadState(); // Ctrl+Enter works once the deferred plans.js has run
        Locator report = page.locator("[data-kind='WEEKLY_REPORT']");
        assertThat(report).containsText(zh("plan.none-yet"));
        Locator text = report.getByLabel(zh("plan.write"));
        text.fill("本周回访 30 位客户,处理投诉 2 件");
        text.press("Control+Enter");
        assertThat(page.locator(".alert-success")).containsText(zh("plan.saved"));
        assertThat(report.locator("[data-state]")).hasText(zh("plan.state.SUBMITTED"));
        web.signOut(agent.displayName());

        web.signIn(supervisor);
        web.open("/workforce/plans/review?kind=WEEKLY_REPORT&departmentId=" + team + "&day="
                + LocalDate.now(calendar.zone()));
        Locator row = page.locator("tr[data-user='" + agent.id() + "']");
        assertThat(row).containsText(zh("plan.state.SUBMITTED"));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("plan.review.open"))).click();
        assertThat(page.locator("[data-content]")).hasText("本周回访 30 位客户,处理投诉 2 件");
        page.getByLabel(zh("plan.review.comment")).fill("继续保持");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("plan.review.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("plan.accepted"));
        assertThat(page.locator("tr[data-user='" + agent.id() + "'] [data-state]")).hasText(zh("plan.state.ACCEPTED"));
    }
}
