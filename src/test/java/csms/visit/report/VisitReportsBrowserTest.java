package csms.visit.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.browser.BrowserTest;
import csms.browser.WebBrowser;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor reads the satisfaction analysis in Chinese with its charts drawn (CSP-safe JSON blocks), pages
 * through the customers' words, goes on to the summary report and sends it.
 */
@BrowserTest
class VisitReportsBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerArchive archive;

    @Test
    void theSupervisorReadsTheAnalysisWithItsChartsAndSendsTheSummary(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser supervisor = fixtures.userWithEmail(team, "zg" + System.nanoTime() + "@example.cn", "zh-CN",
                Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        new VisitReportDataSet(jdbc).insert(team, agent.id(), agent.id(),
                VisitReportDataSet.gradedCustomer(archive, supervisor));
        Page page = web.page();
        web.signIn(supervisor);

        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("nav.reports"))).click();
        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("visitreport.nav"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(zh("visitreport.satisfaction.title")))).isVisible();
        web.open("/visits/reports/satisfaction?from=2024-03-01&to=2024-04-30");

        assertThat(page.locator("[data-visits]")).hasText("4");
        assertThat(page.locator("[data-satisfied-share]")).hasText("50.0");
        assertThat(page.locator(".chart svg")).hasCount(4);
        assertThat(page.locator("#table-comments")).containsText("等待时间太长");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("visitreport.open-summary"))).click();
        assertThat(page.locator("[data-reached]")).hasText("66%");
        assertThat(page.locator("[data-coverage]")).hasText("40%");
        page.getByLabel(supervisor.displayName(), new Page.GetByLabelOptions()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("visitreport.mail.send"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(zh("visitreport.mail.sent"));
        web.assertNoScriptExecuted();
    }
}
