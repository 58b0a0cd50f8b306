package csms.system.calendar;

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
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator keeps the calendar in Chinese: finds it in the settings menu, adds and removes a company day. */
@BrowserTest
class CalendarBrowserTest {

    private static final String NAME = "<img src=x onerror=__xss.push(1)>年会";

    @Autowired
    Fixtures fixtures;

    @Test
    void anAdministratorAddsACompanyHolidayAndRemovesItAfterConfirming(WebBrowser web) {
        web.signIn(fixtures.user(Role.ADMIN));
        Page page = web.page();
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("nav.settings"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("nav.calendar"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("calendar.title"))))
                .isVisible();

        web.open("/settings/calendar?year=2026");
        assertThat(page.locator("#day-2026-10-01")).containsText("国庆节");
        assertThat(page.locator("#day-2026-10-10")).containsText(zh("calendar.kind.WORKING_DAY"));

        page.getByLabel(zh("calendar.day.date")).fill("2033-01-04");
        page.getByLabel(zh("calendar.day.kind")).selectOption(new SelectOption().setValue("COMPANY_HOLIDAY"));
        page.getByLabel(zh("calendar.day.name"), new Page.GetByLabelOptions().setExact(true)).fill(NAME);
        page.locator("#day-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.save")))
                .click();

        assertThat(page.getByText(zh("calendar.day.saved"))).isVisible();
        Locator row = page.locator("#day-2033-01-04");
        assertThat(row).containsText(NAME);
        assertThat(row).containsText(zh("calendar.kind.COMPANY_HOLIDAY"));

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.delete"))).click();
        assertThat(page.getByText(zh("calendar.day.removed"))).isVisible();
        assertThat(page.locator("#day-2033-01-04")).hasCount(0);
        Assertions.assertThat(web.scriptsRun()).as("only the confirmation, with the name as text")
                .singleElement().asString().startsWith("confirm(" + zh("calendar.day.remove-question", "2033-01-04", NAME));
    }
}
