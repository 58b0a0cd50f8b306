package csms.visit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.browser.BrowserTest;
import csms.browser.WebBrowser;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor creates a campaign from the nav, counts the customers of one owner before creating it, distributes
 * them to two agents and reads the progress (VIS-6).
 */
@BrowserTest
class VisitCampaignBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    OrganisationSettings organisation;

    @Test
    void theSupervisorCountsDistributesAndFollowsACampaign(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        SignedInUser owner = fixtures.user(team, Role.AGENT);
        SignedInUser first = fixtures.user(team, Role.AGENT);
        SignedInUser second = fixtures.user(team, Role.AGENT);
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(VisitTestData.customer(archive, supervisor, "浏览器活动客户" + i, true));
        }
        Fixtures.as(supervisor, () -> assignment.assign(customers, owner.id()));
        Page page = web.page();
        web.signIn(supervisor);

        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("campaign.nav"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("campaign.new.title"))).click();
        page.getByLabel(zh("campaign.field.name")).fill("十二月会员回访");
        page.getByLabel(zh("campaign.field.channel")).selectOption("PHONE");
        page.getByLabel(zh("campaign.field.due-date")).fill(LocalDate.now(organisation.zone()).plusDays(10)
                .toString());
        page.getByLabel(zh("customer.field.owner")).selectOption(new SelectOption().setLabel(owner.displayName()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("campaign.count.action"))).click();
        assertThat(page.locator("#campaign-count")).hasText(zh("campaign.count.result", 5));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("campaign.create"))).click();

        assertThat(page.locator("#campaign-selected")).hasText(zh("campaign.count.result", 5));
        page.getByLabel(first.displayName()).check();
        page.getByLabel(second.displayName()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("campaign.distribute.action")))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(zh("campaign.distributed-ok"));
        assertThat(page.locator("#campaign-status")).hasText(zh("campaign.status.ACTIVE"));
        assertThat(page.locator("#campaign-total td").nth(1)).hasText("5");
        assertThat(page.locator("#campaign-progress tbody tr")).hasCount(2);
        assertThat(page.locator("[data-agent='" + first.id() + "'] td").nth(1)).hasText("3");
        assertThat(page.locator("[data-agent='" + second.id() + "'] td").nth(1)).hasText("2");
        web.assertNoScriptExecuted();
    }
}
