package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.workforce.Leaves;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chinese: an agent applies for a day of leave, the supervisor approves it, the team calendar shows it (WFM-1). */
@BrowserTest
class LeaveBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Leaves leaves;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void anAgentAppliesTheSupervisorApprovesAndTheLeaveAppearsInTheTeamCalendar(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        LocalDate day = leaves.today().plusDays(10);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        Page page = web.page();

        web.signIn(agent);
        web.navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.nav"))
                .setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("leave.nav.mine")).setExact(true)).click();
        page.locator("#leave-apply").click();
        page.getByLabel(zh("leave.field.type")).selectOption(new SelectOption().setLabel(zh("leave.type.ANNUAL")));
        page.getByLabel(zh("leave.field.start"), new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        page.getByLabel(zh("leave.field.end"), new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        page.getByLabel(zh("leave.field.reason")).fill("回老家办事");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("leave.form.submit"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("leave.applied"));
        Locator mine = page.locator("#my-leave tbody tr").first();
        assertThat(mine).containsText(zh("leave.type.ANNUAL"));
        assertThat(mine).containsText(zh("leave.status.PENDING"));
        assertThat(mine).containsText(zh("leave.level.SUPERVISOR"));
        web.signOut(agent.displayName());

        web.signIn(supervisor);
        web.open("/leave/queue");
        Locator row = page.locator("#leave-queue tbody tr", new Page.LocatorOptions().setHasText("回老家办事"));
        assertThat(row).containsText(agent.displayName());
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("leave.approve"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("leave.approved"));

        web.open("/leave/calendar?department=" + team + "&month=" + YearMonth.from(day));
        Locator cell = page.locator("#team-calendar tr[data-user='" + agent.id() + "'] td[data-day='" + day + "']");
        assertThat(cell).hasText(zh("leave.calendar.away"));
    }
}
