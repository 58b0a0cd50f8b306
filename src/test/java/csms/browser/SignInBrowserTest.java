package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.en;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.RuleSettings;
import csms.testing.Fixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out, the language switch, the rules page and the friendly error page, as a user sees them. */
@BrowserTest
class SignInBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    RuleSettings rules;

    @Test
    void wrongPasswordShowsAChineseErrorAndStaysOnTheSignInPage(WebBrowser web) {
        SignedInUser agent = fixtures.user(Role.AGENT);
        web.signIn(agent.getUsername(), "Wrong#Pass-2026");

        Page page = web.page();
        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(zh("login.failed"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码错误");
        assertThat(page.getByLabel(zh("login.username"), new Page.GetByLabelOptions().setExact(true))).isVisible();
    }

    @Test
    void signedInAgentSeesTheirNameAndSignsOutThroughTheUserMenu(WebBrowser web) {
        SignedInUser agent = fixtures.user(Role.AGENT);
        web.signIn(agent);
        assertThat(web.navbar()).containsText(agent.displayName());
        assertThat(web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("nav.home"))))
                .isVisible();

        web.signOut(agent.displayName());

        Page page = web.page();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(zh("login.signed-out"));
        web.open("/");
        assertThat(page).hasURL(web.url("/login"));
        assertThat(web.navbar()).isHidden();
    }

    @Test
    void theSignInPageSwitchesToEnglishAndBackToChinese(WebBrowser web) {
        Page page = web.page();
        web.open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByLabel(en("login.username"), new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(en("login.submit")))).isVisible();
        web.open("/login"); // the choice is remembered
        assertThat(page.getByLabel(en("login.password"), new Page.GetByLabelOptions().setExact(true))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.getByLabel(zh("login.username"), new Page.GetByLabelOptions().setExact(true))).isVisible();
    }

    @Test
    void signedInUserSwitchesTheNavigationToEnglish(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        web.signIn(supervisor);
        assertThat(web.navbar()).containsText(zh("nav.settings"));

        // The user menu holds the language switch (a POST form, so other sites cannot trigger it).
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(supervisor.displayName())).click();
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("English")).click();
        web.page().waitForURL(url -> url.endsWith("/"));

        assertThat(web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(en("nav.home"))))
                .isVisible();
        assertThat(web.navbar()).containsText(en("nav.settings"));
        assertThat(web.navbar()).not().containsText(zh("nav.settings"));
        web.open("/settings/rules");
        assertThat(web.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(en("rules.title"))))
                .isVisible();
    }

    @Test
    void supervisorOpensTheRulesPageFromTheSettingsMenu(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        web.signIn(supervisor);
        Page page = web.page();

        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("nav.settings"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("nav.rules")).setExact(true)).click();

        assertThat(page).hasURL(web.url("/settings/rules"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("rules.title")))).isVisible();
        assertThat(page.getByText(zh("rules.intro"))).isVisible();
        int ruleCount = rules.all().size();
        if (ruleCount == 0) {
            assertThat(page.getByText(zh("rules.empty"))).isVisible();
        } else {
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(zh("rules.default"))))
                    .isVisible();
            assertThat(page.locator("main tbody tr")).hasCount(ruleCount);
        }
        assertThat(page.locator("main")).not().containsText("??"); // no missing translations
    }

    @Test
    void unknownPageShowsTheFriendlyNotFoundPageWithoutTechnicalDetails(WebBrowser web) {
        SignedInUser agent = fixtures.user(Role.AGENT);
        web.signIn(agent);
        web.allowConsoleErrors("status of 404");

        Response response = web.open("/no-such-page/" + System.nanoTime());

        Page page = web.page();
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page).hasTitle(zh("error.title"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("error.no-page")))).isVisible();
        assertThat(page.locator("body")).not().containsText(Pattern.compile("Exception|Whitelabel|at csms\\.|Stack"));
        assertThat(web.navbar()).containsText(agent.displayName());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("error.home"))).click();

        assertThat(page).hasURL(web.url("/"));
    }
}
