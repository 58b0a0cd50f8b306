package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.literal;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.browser.CustomerData.ChineseName;
import csms.customer.CustomerArchive;
import csms.customer.CustomerDetails;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer archive as a Chinese-speaking supervisor or agent uses it: register, search, edit. */
@BrowserTest
class CustomerArchiveBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;

    @Test
    void supervisorRegistersAPersonCustomerInChineseAfterCorrectingABadPhone(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        ChineseName name = CustomerData.uniqueName();
        String mobile = CustomerData.mobile();
        web.signIn(supervisor);
        Page page = web.page();
        web.navbar().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("nav.customers"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("customer.list.new"))).first().click();
        assertThat(page).hasURL(web.url("/customers/new"));
        assertThat(heading(page, zh("customer.new.title"))).isVisible();

        field(page, "customer.field.name").fill(name.name());
        phoneRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup()).fill("12345");
        phoneRows(page).getByLabel(zh("customer.field.phone-label") + " 1", inGroup()).fill("手机");
        field(page, "customer.field.address").fill("北京市海淀区中关村大街27号");
        field(page, "customer.field.requestedServices").fill("食品检测报告咨询,需上门取样");
        field(page, "customer.field.source").selectOption(new SelectOption().setLabel(zh("customersource.SALES_VISIT")));
        field(page, "customer.field.sourceReference").fill("BF-2026-031");
        save(page);

        // The bad number is refused in Chinese next to the field; everything typed is still there.
        Locator phone = phoneRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup());
        assertThat(phone).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.getByText(zh("customer.validation.phone"))).isVisible();
        assertThat(page).hasURL(web.url("/customers"));
        assertThat(phone).hasValue("12345");
        assertThat(field(page, "customer.field.name")).hasValue(name.name());
        assertThat(phoneRows(page).getByLabel(zh("customer.field.phone-label") + " 1", inGroup())).hasValue("手机");
        assertThat(field(page, "customer.field.address")).hasValue("北京市海淀区中关村大街27号");
        assertThat(field(page, "customer.field.requestedServices")).hasValue("食品检测报告咨询,需上门取样");
        assertThat(field(page, "customer.field.source")).hasValue("SALES_VISIT");
        assertThat(field(page, "customer.field.sourceReference")).hasValue("BF-2026-031");

        phone.fill(mobile);
        save(page);

        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        assertThat(page.getByText(zh("customer.registered"))).isVisible();
        assertThat(heading(page, name.name())).isVisible();
        assertThat(detail(page, zh("customer.field.phones"))).containsText(mobile); // unassigned: shown in full
        assertThat(detail(page, zh("customer.field.address"))).hasText("北京市海淀区中关村大街27号");
        assertThat(detail(page, zh("customer.field.requestedServices"))).hasText("食品检测报告咨询,需上门取样");
        assertThat(detail(page, zh("customer.field.source"))).hasText(Pattern.compile(
                literal(zh("customersource.SALES_VISIT")) + "\\s+BF-2026-031"));
        assertThat(page.locator("main")).containsText(name.pinyin() + " / " + name.initials());
    }

    @Test
    void typingInitialsPinyinAChinesePartOrFourPhoneDigitsFindsTheCustomerWithoutReloadingThePage(WebBrowser web) {
        ChineseName name = CustomerData.uniqueName();
        String mobile = CustomerData.mobile();
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        CustomerData.register(archive, supervisor, CustomerData.person(name.name(), mobile, "杭州市西湖区文三路90号"));
        web.signIn(fixtures.user(Role.AGENT));
        Page page = web.page();
        web.open("/customers");
        page.evaluate("() => { window.__sameDocument = true; }");
        Locator search = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(zh("customer.list.search")));
        Locator result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name.name()).setExact(true));

        typeSearch(page, search, "xqxqxq");
        assertThat(page.getByText(zh("customer.list.empty"))).isVisible();
        assertThat(result).hasCount(0);

        for (String query : new String[] { name.initials(), name.pinyin(), mobile.substring(5, 9) }) {
            typeSearch(page, search, query);
            assertThat(result).isVisible();
        }
        // Chinese arrives as committed text (an input method, handwriting, paste): an input event, no key presses.
        typeSearch(page, search, "xqxqxq");
        assertThat(result).hasCount(0);
        search.selectText();
        page.keyboard().insertText(name.givenName());
        assertThat(page).hasURL(searchUrl(name.givenName()));
        assertThat(result).isVisible();

        Assertions.assertThat(page.evaluate("() => window.__sameDocument === true")).as("no full page load").isEqualTo(true);
        assertThat(result.locator("xpath=ancestor::tr")).containsText(mobile.substring(0, 3) + "****" + mobile.substring(7));
    }

    @Test
    @WithoutJavaScript
    void theSearchFormWorksWithEnterAsAPlainFormWithoutJavaScript(WebBrowser web) {
        ChineseName name = CustomerData.uniqueName();
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        CustomerData.register(archive, supervisor, CustomerData.person(name.name(), CustomerData.mobile(), "南京市鼓楼区中山路1号"));
        web.signIn(fixtures.user(Role.AGENT));
        Page page = web.page();
        web.open("/customers");
        Assertions.assertThat(page.evaluate("() => typeof window.htmx")).as("htmx did not run").isEqualTo("undefined");

        Locator search = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(zh("customer.list.search")));
        search.fill(name.pinyin());
        search.press("Enter");

        assertThat(page).hasURL(searchUrl(name.pinyin()));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name.name()).setExact(true))).isVisible();
        assertThat(search).hasValue(name.pinyin());
    }

    @Test
    void changingTheAddressShowsOldAndNewValueInTheHistory(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        ChineseName name = CustomerData.uniqueName();
        CustomerDetails customer = CustomerData.register(archive, supervisor,
                CustomerData.person(name.name(), CustomerData.mobile(), "广州市天河区天河路385号"));
        web.signIn(supervisor);
        Page page = web.page();
        web.open("/customers/" + customer.id());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("action.edit"))).click();
        assertThat(heading(page, zh("customer.edit.title"))).isVisible();
        assertThat(field(page, "customer.field.address")).hasValue("广州市天河区天河路385号");
        field(page, "customer.field.address").fill("深圳市南山区科技园南区8栋");
        save(page);

        assertThat(page).hasURL(web.url("/customers/" + customer.id()));
        assertThat(page.getByText(zh("customer.saved"))).isVisible();
        assertThat(detail(page, zh("customer.field.address"))).hasText("深圳市南山区科技园南区8栋");
        Locator change = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(zh("customer.history.customer.updated")));
        assertThat(change).hasCount(1);
        assertThat(change).containsText(Pattern.compile(literal(zh("customer.field.address")) + ":\\s*"
                + literal("广州市天河区天河路385号") + "\\s*→\\s*" + literal("深圳市南山区科技园南区8栋")));
        assertThat(change).containsText(supervisor.getUsername());

        // The audit trail names the customer's actions in Chinese too.
        web.open("/audit?subjectType=Customer&subjectId=" + customer.id());
        Locator trail = page.locator("main tbody");
        assertThat(trail.getByText(zh("audit.action.customer.updated"), exactText())).hasCount(1);
        assertThat(trail.getByText(zh("audit.action.customer.registered"), exactText())).hasCount(1);
        assertThat(trail.getByText(zh("audit.action.customer.viewed-full"), exactText()).first()).isVisible();
        assertThat(trail).not().containsText(Pattern.compile("customer\\.[a-z]"));
    }

    /** Clears the search box and types the query key by key, then waits until htmx shows its results. */
    private static void typeSearch(Page page, Locator search, String query) {
        search.fill("");
        search.pressSequentially(query);
        assertThat(page).hasURL(searchUrl(query));
    }

    /** The list's address once it shows the results for this query (htmx pushes it after swapping the results). */
    private static Pattern searchUrl(String query) {
        return Pattern.compile("/customers\\?(.*&)?q=" + literal(URLEncoder.encode(query, StandardCharsets.UTF_8))
                + "(&|$)");
    }

    /** The value next to a term of the detail page's description lists (dt/dd). */
    static Locator detail(Page page, String term) {
        return page.locator("main dl").getByRole(AriaRole.TERM).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + literal(term) + "$"))).locator("xpath=following-sibling::dd[1]");
    }

    static Locator field(Page page, String labelKey) {
        return page.getByLabel(zh(labelKey), exact());
    }

    /** The phone rows of the customer form (the contact persons' rows have phone fields of the same name). */
    static Locator phoneRows(Page page) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(zh("customer.field.phones")).setExact(true));
    }

    static Locator contactPersonRows(Page page) {
        return page.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName(zh("customer.field.contactPersons")).setExact(true));
    }

    static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("action.save")).setExact(true)).click();
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    static Locator.GetByLabelOptions inGroup() {
        return new Locator.GetByLabelOptions().setExact(true);
    }

    static Locator.GetByTextOptions exactText() {
        return new Locator.GetByTextOptions().setExact(true);
    }
}
