package csms.pay;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.browser.BrowserTest;
import csms.browser.WebBrowser;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department's performance scheme through the pages (PAY-8): the head writes it from the 薪酬 menu (a bad weight
 * comes back with the input), submits it; a manager returns it with a reason; the head corrects and resubmits; the
 * manager approves; the assessment page then shows each person's criteria with a link to the scheme.
 */
@BrowserTest
class PerformanceSchemeBrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aSchemeIsWrittenReturnedResubmittedApprovedAndShownOnTheAssessmentPage(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser head = fixtures.user(team, Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        Page page = web.page();
        web.allowConsoleErrors("status of 422"); // the form refused with the bad weights

        web.signIn(head);
        page.waitForLoadState();
        Locator menu = web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.nav"))
                .setExact(true));
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("pay.nav.schemes"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("pay.schemes.new"))).click();
        Locator form = page.locator("#scheme-form");
        form.locator("#departmentId").selectOption(String.valueOf(team));
        form.locator("[name='criteria[0].name']").fill("页面设计");
        form.locator("[name='criteria[0].weight']").fill("50");
        form.locator("[name='criteria[1].name']").fill("店铺转化");
        form.locator("[name='criteria[1].weight']").fill("40");
        form.locator("#failMeans").fill("页面错漏多");
        form.locator("#passMeans").fill("按时完成");
        form.locator("#goodMeans").fill("转化提升");
        form.locator("#excellentMeans").fill("转化大幅提升");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.scheme.save"))).click();
        assertThat(page.locator("#criteria-error")).hasText(zh("pay.scheme.weights"));
        assertThat(form.locator("[name='criteria[1].name']")).hasValue("店铺转化");
        form.locator("[name='criteria[1].weight']").fill("50");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.scheme.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.scheme.saved"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.scheme.submit"))).click();
        assertThat(page.locator("#scheme-state")).hasText(zh("pay.scheme.state.SUBMITTED"));
        String scheme = page.url();
        web.signOut(head.displayName());

        web.signIn(manager);
        web.open("/pay/schemes/queue");
        page.locator("#schemes a").first().click();
        page.locator("#reason").fill("请补充各档含义");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.scheme.return"))).click();
        assertThat(page.locator("#scheme-state")).hasText(zh("pay.scheme.state.RETURNED"));
        web.signOut(manager.displayName());

        web.signIn(head);
        page.navigate(scheme);
        assertThat(page.locator("#return-reason")).containsText("请补充各档含义");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("pay.scheme.edit"))).click();
        page.locator("#passMeans").fill("按时完成页面与文案");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.scheme.save"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.scheme.submit"))).click();
        assertThat(page.locator("#scheme-state")).hasText(zh("pay.scheme.state.SUBMITTED"));
        web.signOut(head.displayName());

        web.signIn(manager);
        page.navigate(scheme);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.scheme.approve"))).click();
        assertThat(page.locator("#scheme-state")).hasText(zh("pay.scheme.state.APPROVED"));
        assertThat(page.locator("#scheme-meanings")).containsText("按时完成页面与文案");
        web.signOut(manager.displayName());

        web.signIn(head);
        web.open("/pay/assessments");
        Locator criteria = page.locator("#assessments tr[data-user='" + agent.id() + "'] [data-scheme] a");
        assertThat(criteria).hasText("页面设计、店铺转化");
        criteria.click();
        assertThat(page).hasURL(scheme);
    }
}
