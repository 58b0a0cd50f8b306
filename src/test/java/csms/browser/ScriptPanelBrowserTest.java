package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.script.ScriptValues;
import csms.service.Channel;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a request page the agent picks a situation in the script panel 话术 and steps through a timed script: the
 * silent call greets, repeats twice with a countdown, then apologises and ends (SCR-2), in Chinese.
 */
@BrowserTest
class ScriptPanelBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;

    @Test
    void theAgentStepsThroughTheSilentCallAndTheNoisyLineIsFilledForTheCustomer(WebBrowser web) {
        SignedInUser agent = fixtures.user(fixtures.department(), Role.AGENT);
        String name = "林" + CustomerData.uniqueName().givenName();
        long customer = CustomerData.register(archive, agent, CustomerData.person(name, CustomerData.mobile(),
                "厦门市思明区湖滨南路1号")).id();
        long id = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.CONSULTATION, Channel.PHONE,
                customer, "来电无声", null, Priority.NORMAL, null, null, null, null, null, null))).id();
        Page page = web.page();
        page.clock().install(); // the waits run only when the test moves the clock on
        web.signIn(agent);
        web.open("/requests/" + id);

        Locator panel = page.locator("[data-script-panel]");
        assertThat(panel.getByText(zh("script.panel.title"), new Locator.GetByTextOptions().setExact(true))).isVisible();
        panel.getByLabel(zh("script.panel.situation")).selectOption(new SelectOption().setLabel(zh("script.situation.SILENT_CALL")));
        Locator beats = panel.locator("[data-beat]");
        assertThat(beats).hasCount(4);
        assertThat(beats.nth(0)).containsText("您好！客服中心为您服务");
        assertThat(beats.nth(2)).containsText(zh("script.panel.round", 2, 2));

        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("script.panel.start"))).click();
        assertThat(beats.nth(0)).hasAttribute("aria-current", "");
        assertThat(beats.nth(0).locator("[data-countdown]")).hasText("3 s");
        page.clock().runFor(1000);
        assertThat(beats.nth(0).locator("[data-countdown]")).hasText("2 s");
        page.clock().runFor(2000);
        assertThat(beats.nth(1)).hasAttribute("aria-current", "");
        page.clock().runFor(3000);
        assertThat(beats.nth(2)).hasAttribute("aria-current", "");
        page.clock().runFor(3000);
        assertThat(beats.nth(3)).hasAttribute("aria-current", "");
        assertThat(beats.nth(3)).containsText("您的电话没有声音");
        assertThat(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("script.panel.next"))))
                .isDisabled();

        panel.getByLabel(zh("script.panel.situation")).selectOption(new SelectOption().setLabel(zh("script.situation.NOISY_LINE")));
        assertThat(beats).hasCount(2);
        assertThat(beats.nth(0)).containsText("对不起，" + zh("salutation.MR") + "，您的电话听不清楚");
        assertThat(beats.nth(0)).containsText(zh("script.panel.wait", 10));
        assertThat(panel).not().containsText(ScriptValues.NEUTRAL_ADDRESS);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("script.panel.start"))).click();
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("script.panel.next"))).click();
        assertThat(beats.nth(1)).hasAttribute("aria-current", "");
        web.assertNoScriptExecuted();
    }
}
