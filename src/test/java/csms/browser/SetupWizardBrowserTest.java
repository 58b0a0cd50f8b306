package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.en;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** First run on an empty database (its own context), walked through in Chinese as an administrator does it. */
@BrowserTest
@TestPropertySource(properties = "csms.test.context=browser-setup")
@DirtiesContext // nothing else can use a database whose setup is done by this test
class SetupWizardBrowserTest {

    @Test
    void firstVisitLeadsThroughSetupInChineseToTheAdministratorsHomePage(WebBrowser web) {
        Page page = web.page();
        web.open("/");

        assertThat(page).hasURL(web.url("/setup"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("setup.title")))).isVisible();
        assertThat(page.getByText(en("setup.title"))).hasCount(0);

        fillSetup(page, "华东客服有限公司", "华东客服中心", "admin", "王管理", "password");
        submit(page);

        // A common password is refused in Chinese; what was typed (except passwords) is kept.
        assertThat(page).hasURL(web.url("/setup"));
        assertThat(field(page, "setup.admin-password")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.getByText(zh("validation.password.common"))).isVisible();
        assertThat(field(page, "setup.organisation-name")).hasValue("华东客服有限公司");
        assertThat(field(page, "setup.service-centre-name")).hasValue("华东客服中心");
        assertThat(field(page, "setup.admin-display-name")).hasValue("王管理");

        field(page, "setup.admin-password").fill("Hd#Kefu-2026");
        field(page, "setup.admin-password-repeat").fill("Hd#Kefu-2026");
        submit(page);

        assertThat(page).hasURL(web.url("/login"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(zh("setup.done"));

        web.signIn("admin", "Hd#Kefu-2026");

        assertThat(page).hasURL(web.url("/"));
        assertThat(web.navbar()).containsText("王管理");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("workspace.hello", "王管理"))))
                .isVisible();
        web.open("/setup"); // closed for good
        assertThat(page).hasURL(web.url("/"));
    }

    /** Fills the setup form by its Chinese labels; the time zone stays at its default, Asia/Shanghai. */
    static void fillSetup(Page page, String organisation, String serviceCentre, String username, String displayName,
            String password) {
        assertThat(field(page, "setup.time-zone")).hasValue("Asia/Shanghai");
        field(page, "setup.organisation-name").fill(organisation);
        field(page, "setup.service-centre-name").fill(serviceCentre);
        field(page, "setup.time-zone").selectOption(new SelectOption().setValue("Asia/Shanghai"));
        field(page, "setup.admin-username").fill(username);
        field(page, "setup.admin-display-name").fill(displayName);
        field(page, "setup.admin-password").fill(password);
        field(page, "setup.admin-password-repeat").fill(password);
    }

    /** Submits the setup form and returns the server's answer to the POST (the form again, or a redirect). */
    static Response submit(Page page) {
        Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()) && r.url().endsWith("/setup"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("setup.submit"))).click());
        page.waitForLoadState();
        return answer;
    }

    static Locator field(Page page, String labelKey) {
        return page.getByLabel(zh(labelKey), new Page.GetByLabelOptions().setExact(true));
    }
}
