package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor defines a special visit for a holiday (VIS-5): the holiday fills the form, the occasion is saved and
 * listed, and deleting it asks for a confirmation first.
 */
@BrowserTest
class VisitOccasionsBrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aSupervisorSavesAHolidayOccasionAndDeletesItAfterConfirming(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        String name = "元旦客户关怀" + System.nanoTime() % 100_000;
        web.signIn(supervisor);
        web.open("/settings/visit-occasions?holiday=2041-01-01&holidayName=" + name);
        Page page = web.page();

        Locator form = page.locator("#occasion-form");
        assertThat(form.getByLabel(zh("visit.occasion.name"))).hasValue(name);
        assertThat(form.getByLabel(zh("visit.occasion.date"))).hasValue("2041-01-01");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.save"))).click();

        assertThat(page.getByText(zh("visit.occasion.created"))).isVisible();
        Locator row = page.locator("#occasions tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText(zh("visit.occasion.kind.HOLIDAY"));
        assertThat(row).containsText(zh("visit.schedule.members-only"));

        Locator delete = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("action.delete")));
        org.assertj.core.api.Assertions.assertThat(delete.getAttribute("data-confirm"))
                .isEqualTo(zh("visit.occasion.delete-question", name));
        page.waitForLoadState(); // the confirmation handler is a deferred script: without it a click deletes at once
        page.evaluate("() => { window.confirm = () => false; }"); // the supervisor answers no: nothing is deleted
        delete.click();
        web.open("/settings/visit-occasions"); // reloaded: the occasion is still there
        assertThat(row).isVisible();

        page.waitForLoadState();
        delete.click(); // the browser's confirm answers yes

        assertThat(page.getByText(zh("visit.occasion.deleted"))).isVisible();
        assertThat(page.locator("#occasions tr", new Page.LocatorOptions().setHasText(name))).hasCount(0);
    }
}
