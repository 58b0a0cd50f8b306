package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.CustomerArchiveBrowserTest.detail;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Confidentiality (CUS-6) as users see it: full phone numbers only where their role and assignment allow. */
@BrowserTest
class MaskingBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;

    @Test
    void agentSeesOwnCustomersPhoneInFullOthersMaskedAndTheListMaskedWhileTheSupervisorSeesAll(WebBrowser web) {
        long department = fixtures.department();
        SignedInUser supervisor = fixtures.user(department, Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(department, Role.AGENT);
        SignedInUser colleague = fixtures.user(department, Role.AGENT);
        Owned own = customerOf(supervisor, agent, "成都市武侯区人民南路四段11号");
        Owned others = customerOf(supervisor, colleague, "西安市雁塔区长安南路88号");
        Page page = web.page();

        web.signIn(agent);
        web.open("/customers/" + own.id());
        assertThat(detail(page, zh("customer.field.phones"))).containsText(own.phone());
        assertThat(detail(page, zh("customer.field.address"))).hasText("成都市武侯区人民南路四段11号");
        assertThat(page.getByText(zh("customer.detail.full"))).isVisible();

        web.open("/customers/" + others.id());
        assertThat(detail(page, zh("customer.field.phones"))).containsText(others.masked());
        assertThat(detail(page, zh("customer.field.address"))).hasText("西安市雁塔区****");
        assertThat(page.getByText(zh("customer.detail.masked"))).isVisible();
        assertThat(page.locator("body")).not().containsText(others.phone());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("action.edit")))).hasCount(0);

        // The list masks every number, the agent's own customer's too.
        for (Owned customer : new Owned[] { own, others }) {
            web.open("/customers?q=" + customer.phone().substring(3));
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(customer.name()).setExact(true))));
            assertThat(row).containsText(customer.masked());
            assertThat(page.locator("body")).not().containsText(customer.phone());
        }
        assertThat(page.getByText(zh("customer.list.masked-note"))).isVisible();
        web.signOut(agent.displayName());

        web.signIn(supervisor);
        for (Owned customer : new Owned[] { own, others }) {
            web.open("/customers/" + customer.id());
            assertThat(detail(page, zh("customer.field.phones"))).containsText(customer.phone());
            assertThat(page.getByText(zh("customer.detail.masked"))).hasCount(0);
        }
    }

    @Test
    void agentOfAnotherTeamAndTheirSupervisorSeeTheCustomerMasked(WebBrowser web) {
        long department = fixtures.department();
        SignedInUser supervisor = fixtures.user(department, Role.SUPERVISOR);
        Owned customer = customerOf(supervisor, fixtures.user(department, Role.AGENT), "重庆市渝中区解放碑1号");
        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        Page page = web.page();

        web.signIn(otherSupervisor);
        web.open("/customers/" + customer.id());

        assertThat(detail(page, zh("customer.field.phones"))).containsText(customer.masked());
        assertThat(page.locator("body")).not().containsText(customer.phone());
        assertThat(page.getByText(zh("customer.detail.masked"))).isVisible();
    }

    private record Owned(long id, String name, String phone) {

        String masked() {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
    }

    private Owned customerOf(SignedInUser supervisor, SignedInUser owner, String address) {
        String name = CustomerData.uniqueName().name();
        String phone = CustomerData.mobile();
        long id = CustomerData.register(archive, supervisor, CustomerData.person(name, phone, address)).id();
        CustomerData.assign(assignment, supervisor, id, owner);
        return new Owned(id, name, phone);
    }
}
