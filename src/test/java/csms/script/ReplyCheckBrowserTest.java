package csms.script;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.browser.BrowserTest;
import csms.browser.WebBrowser;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor sees the reply check at work in Chinese: findings appear under a reply box while typing, and a send
 * whose findings were not shown yet is held back once.
 */
@BrowserTest
class ReplyCheckBrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void typingARefusalShowsTheFindingUnderTheReplyBox(WebBrowser web) {
        web.signIn(fixtures.user(Role.SUPERVISOR));
        Page page = web.page();
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("nav.settings"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("script.nav.quality"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("script.quality.title"))))
                .isVisible();

        page.getByLabel(zh("script.quality.try-text")).fill("这个不行");
        Locator findings = page.locator("#reply-try-check");
        assertThat(findings).containsText(zh("script.finding.REFUSAL", "不行"));
        assertThat(findings).containsText(zh("script.finding.COURTESY", "请"));

        page.getByLabel(zh("script.quality.try-text")).fill("请您稍等,马上为您查询。");
        assertThat(findings).containsText(zh("script.check.clean"));
        page.getByLabel(zh("script.quality.try-closing")).check();
        assertThat(findings).containsText(zh("script.finding.CLOSING", "再见"));
        web.assertNoScriptExecuted();
    }

    @Test
    void aTemplateIsInsertedFromThePicker(WebBrowser web) {
        web.signIn(fixtures.user(Role.SUPERVISOR));
        Page page = web.page();
        web.open("/settings/reply-quality");
        page.getByLabel(zh("script.picker.label")).fill("打错电话");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("script.picker.insert", "打错电话"))).click();
        assertThat(page.getByLabel(zh("script.quality.try-text"))).hasValue("对不起,这里是测试机构客服中心,请您查正后再拨。再见!");
        assertThat(page.locator("#reply-try-check")).containsText(zh("script.check.clean"));
    }

    @Test
    void aSendWithUnseenFindingsIsHeldOnceThenGoesThrough(WebBrowser web) {
        web.signIn(fixtures.user(Role.SUPERVISOR));
        Page page = web.page();
        page.clock().install(); // the check while typing waits for a pause that, here, never comes
        web.open("/settings/reply-templates");
        String title = "浏览器模板-" + System.nanoTime();
        Locator form = page.locator("#template-form");
        form.getByLabel(zh("script.templates.name")).fill(title);
        form.getByLabel(zh("script.templates.situation")).selectOption(new SelectOption().setValue("OTHER"));
        Locator text = form.getByLabel(zh("script.templates.text"));
        text.fill("这个不行");
        // Sent before the check ran on its own: held back, the finding shown.
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.save"))).click();
        assertThat(page.locator("#text-check")).containsText(zh("script.finding.REFUSAL", "不行"));
        assertThat(page.locator("#text-check")).containsText(zh("script.check.held"));
        assertThat(page.getByText(zh("script.template.created"))).hasCount(0);

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.save"))).click();
        assertThat(page.getByText(zh("script.template.created"))).isVisible();
        assertThat(page.locator("#templates")).containsText(title);
    }
}
