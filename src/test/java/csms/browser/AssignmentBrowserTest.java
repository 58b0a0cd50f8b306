package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;
import static csms.browser.Texts.zhPattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor assigns customers to the agents of their team; the agent makes the first contact (CUS-5). */
@BrowserTest
class AssignmentBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;

    @Test
    void assignedCustomerAwaitsTheAgentsFirstContactUntilItIsFiled(WebBrowser web) {
        long department = fixtures.department();
        SignedInUser supervisor = fixtures.user(department, Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(department, Role.AGENT);
        SignedInUser colleague = fixtures.user(department, Role.AGENT);
        String name = CustomerData.uniqueName().name();
        CustomerData.register(archive, supervisor, CustomerData.person(name, CustomerData.mobile(), "武汉市洪山区珞喻路1037号"));
        Page page = web.page();
        web.signIn(supervisor);

        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("nav.assignment"))).click();
        assertThat(heading(page, zh("assignment.title"))).isVisible();
        filterBoard(page, name);
        assertThat(agentRow(page, colleague)).isVisible();
        page.getByLabel(name, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(zh("assignment.assign-to"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(agent.displayName()));
        button(page, zh("assignment.assign")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText(zh("assignment.assigned"));
        assertThat(page.getByText(zh("assignment.empty.unassigned"))).isVisible(); // the filter is kept
        assertThat(agentRow(page, agent).getByRole(AriaRole.CELL)).hasText(new String[] { "", agent.displayName(),
                "1", "1", "1", "0" }); // customers, potential (unknown counts as 1), awaiting, overdue
        web.signOut(supervisor.displayName());

        web.signIn(agent);
        Locator mine = page.locator("#my-duties");
        assertThat(mine.getByRole(AriaRole.HEADING)).hasText(zh("workspace.mine.title"));
        Locator duty = mine.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(duty).hasCount(1);
        duty.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("workspace.file-contact"))).click();

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))).isVisible();
        assertThat(page.getByText(zh("firstcontact.awaiting"), new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByLabel(zh("contacts.channel"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(zh("contactchannel.PHONE")));
        page.getByLabel(zh("contacts.summary"), new Page.GetByLabelOptions().setExact(true))
                .fill("首次电话联系,客户希望下周三上门取样。");
        button(page, zh("contacts.submit")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText(zh("contacts.filed"));
        assertThat(page.getByText(zhPattern("firstcontact.done"))).isVisible();
        assertThat(page.getByText(zh("firstcontact.awaiting"), new Page.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("首次电话联系")))
                .containsText(agent.displayName());

        // The customer's history names the assignment and the contact, and what they changed, in Chinese.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Locator history = page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions()
                        .setName(zh("customer.detail.history-changes")))));
        assertThat(history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(zh("customer.history.customer.assigned")))).containsText(zh("customer.field.firstContactDueAt"));
        assertThat(history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(zh("customer.history.customer.contact-filed")))).containsText(zh("customer.field.channel"));
        assertThat(history).not().containsText(Pattern.compile("customer\\.|firstContact|contactedAt|channel"));

        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("nav.home"))).click();
        assertThat(mine.getByText(zh("workspace.mine.empty"))).isVisible();
        assertThat(page.getByText(name)).hasCount(0);
    }

    @Test
    void balancedProposalIsReviewedAdjustedAndApplied(WebBrowser web) {
        long department = fixtures.department();
        SignedInUser supervisor = fixtures.user(department, Role.SUPERVISOR);
        SignedInUser first = fixtures.user(department, Role.AGENT);
        SignedInUser second = fixtures.user(department, Role.AGENT);
        String tag = CustomerData.uniqueName().name();
        List<String> names = IntStream.rangeClosed(2, 5).mapToObj(potential -> {
            String name = tag + "-潜力" + potential;
            CustomerData.register(archive, supervisor, CustomerData.withPotential(name, potential));
            return name;
        }).toList();
        Page page = web.page();
        web.signIn(supervisor);
        web.open("/customers/assignment");
        filterBoard(page, tag);

        page.getByLabel(zh("assignment.select-all"), new Page.GetByLabelOptions().setExact(true)).check();
        names.forEach(n -> assertThat(page.getByLabel(n, new Page.GetByLabelOptions().setExact(true))).isChecked());
        // Supervisors may own customers too; this one keeps out of the proposal.
        page.getByLabel(zh("assignment.proposal.include-agent", supervisor.displayName()),
                new Page.GetByLabelOptions().setExact(true)).uncheck();
        button(page, zh("assignment.propose")).click();

        // Two agents without customers: two each, potential 5 + 2 and 4 + 3, so both carry 7.
        assertThat(heading(page, zh("assignment.proposal.title"))).isVisible();
        for (SignedInUser agent : List.of(first, second)) {
            assertThat(agentRow(page, agent).getByRole(AriaRole.CELL)).hasText(new String[] { agent.displayName(),
                    zh("assignment.proposal.before-after", 0, 2), zh("assignment.proposal.before-after", 0, 7) });
        }
        assertThat(page.getByText(zh("assignment.proposal.lines", 4))).isVisible();
        assertThat(agentRow(page, supervisor)).hasCount(0);

        // The supervisor moves the customer with potential 2 to the other agent before applying.
        Locator lowest = page.getByLabel(zh("assignment.proposal.agent-for", names.get(0)),
                new Page.GetByLabelOptions().setExact(true));
        SignedInUser proposed = lowest.inputValue().equals(String.valueOf(first.id())) ? first : second;
        SignedInUser other = proposed == first ? second : first;
        lowest.selectOption(new SelectOption().setLabel(other.displayName()));
        button(page, zh("assignment.proposal.apply")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText(zh("assignment.assigned"));
        assertThat(page.getByText(zh("assignment.empty.unassigned"))).isVisible();
        assertThat(agentRow(page, other).getByRole(AriaRole.CELL).nth(2)).hasText("3");
        assertThat(agentRow(page, proposed).getByRole(AriaRole.CELL).nth(2)).hasText("1");

        page.getByLabel(zh("assignment.showing"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(zh("assignment.owned-by", other.displayName())));
        button(page, zh("action.filter")).click();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(names.get(0)).setExact(true)))
                .isVisible();
        assertThat(page.locator("#board tbody tr[data-customer]")).hasCount(3);
    }

    /** Narrows the board to customers whose name contains the text. */
    private static void filterBoard(Page page, String text) {
        page.getByLabel(zh("assignment.search"), new Page.GetByLabelOptions().setExact(true)).fill(text);
        button(page, zh("action.filter")).click();
        assertThat(page.getByLabel(zh("assignment.search"), new Page.GetByLabelOptions().setExact(true))).hasValue(text);
    }

    private static Locator agentRow(Page page, SignedInUser agent) {
        return page.locator("tr[data-agent='" + agent.id() + "']");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
