package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.shared.Role;
import csms.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agent registers requests from the workspace: the caller found by the digits typed, or registered on the spot. */
@BrowserTest
class ServiceDeskBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;

    @Test
    void knownCallerIsFoundByPartOfTheNumberAndTheRequestLandsInMyQueue(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        String name = CustomerData.uniqueName().name();
        String mobile = CustomerData.mobile();
        CustomerData.register(archive, agent, CustomerData.person(name, mobile, "杭州市西湖区文三路90号"));
        Page page = web.page();
        web.signIn(agent);
        web.open("/requests");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("servicedesk.new.title"))).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(zh("servicedesk.new.title"))))
                .isVisible();
        // the middle four digits are enough to find the caller
        page.getByLabel(zh("servicedesk.caller.phone"), new Page.GetByLabelOptions().setExact(true))
                .pressSequentially(mobile.substring(3, 7));
        Locator select = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(zh("servicedesk.caller.select-named", name)));
        assertThat(select).isVisible();
        select.click();
        assertThat(page.locator("#caller [data-selected] [data-name]")).hasText(name);
        assertThat(page.getByLabel(zh("servicedesk.field.subject"), new Page.GetByLabelOptions().setExact(true)))
                .isFocused();

        page.getByLabel(zh("servicedesk.field.subject"), new Page.GetByLabelOptions().setExact(true))
                .fill("咨询会员积分兑换规则");
        page.getByLabel(zh("servicedesk.field.channel"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(zh("request.channel.PHONE")));
        page.getByLabel(zh("servicedesk.field.description"), new Page.GetByLabelOptions().setExact(true))
                .press("Control+Enter"); // the keyboard shortcut submits the form
        page.waitForURL(url -> url.matches(".*/requests/\\d+$"));

        web.open("/requests");
        Locator mine = page.locator("#desk-live");
        assertThat(mine.locator("[data-queue=MINE]")).hasAttribute("aria-current", "page");
        Locator row = mine.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("咨询会员积分兑换规则"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(name);
        assertThat(row).containsText(zh("request.type.CONSULTATION"));
    }

    @Test
    void aReplyToTheCustomerIsCheckedBeforeSendingButAnInternalNoteIsNot(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        String name = "欧阳" + CustomerData.uniqueName().givenName();
        long customer = CustomerData.register(archive, agent, CustomerData.person(name, CustomerData.mobile(),
                "南京市鼓楼区中山路1号")).id();
        long id = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.CONSULTATION, Channel.EMAIL,
                customer, "询问发票邮寄地址", null, Priority.NORMAL, null, null, null, null, null, null))).id();
        Page page = web.page();
        web.signIn(agent);
        web.open("/requests/" + id);

        Locator text = page.locator("textarea#text");
        page.getByLabel(zh("timeline.kind.NOTE"), new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(zh("requestpage.entry.internal"), new Page.GetByLabelOptions().setExact(true)).check();
        text.fill("客户说不行就算了");
        submitEntry(page);
        Locator timeline = page.locator("[data-entry=NOTE]");
        assertThat(timeline.first()).containsText("客户说不行就算了"); // an internal note is not checked
        assertThat(text).isEmpty(); // the page after the redirect, before the next clicks
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        page.getByLabel(zh("timeline.kind.REPLY"), new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(zh("requestpage.entry.internal"), new Page.GetByLabelOptions().setExact(true)).uncheck();
        text.fill("这个不行");
        // shown under the box once the agent pauses, before anything is sent (a send before that is held once:
        // ReplyCheckBrowserTest)
        assertThat(page.locator("#text-check")).containsText(zh("script.finding.REFUSAL", "不行"));
        assertThat(page.locator("[data-entry=REPLY]")).hasCount(0);

        text.fill("");
        page.locator("details[data-templates-for=text] > summary").click();
        page.locator("#text-template-q").fill("已答复");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(zh("script.picker.insert", "结束语(已答复)"))).click();
        assertThat(text).hasValue(java.util.regex.Pattern.compile("^请问还有什么帮您的吗\\?欧阳先生,.*再见!$"));
        submitEntry(page); // checked before it goes: polite, so it is sent at once
        assertThat(page.locator("[data-entry=REPLY]").first()).containsText("欧阳先生");
    }

    private static void submitEntry(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("requestpage.entry.submit"))
                .setExact(true)).click();
    }

    @Test
    void unknownCallerIsRegisteredInTheSameFormAndAComplaintNeedsItsFields(WebBrowser web) {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        String name = CustomerData.uniqueName().name();
        String mobile = CustomerData.mobile();
        Page page = web.page();
        web.signIn(agent);
        web.open("/requests/new");

        page.getByLabel(zh("servicedesk.caller.phone"), new Page.GetByLabelOptions().setExact(true))
                .pressSequentially(mobile);
        assertThat(page.getByText(zh("servicedesk.caller.none"))).isVisible();
        page.getByLabel(zh("servicedesk.caller.new-name"), new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("servicedesk.caller.new-submit"))).click();
        assertThat(page.getByText(zh("servicedesk.caller.registered"))).isVisible();
        assertThat(page.locator("#caller [data-selected] [data-name]")).hasText(name);

        // a complaint without its complaint fields is refused and the form keeps what was typed
        page.getByText(zh("request.type.COMPLAINT"), new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel(zh("servicedesk.field.subject"), new Page.GetByLabelOptions().setExact(true))
                .fill("送货延误三天");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("servicedesk.new.submit"))
                .setExact(true)).click();
        assertThat(page.locator("[data-error=complainant]")).isVisible();
        assertThat(page.getByLabel(zh("servicedesk.field.subject"), new Page.GetByLabelOptions().setExact(true)))
                .hasValue("送货延误三天");
        assertThat(page.locator("#caller [data-selected] [data-name]")).hasText(name);

        page.getByLabel(zh("servicedesk.field.complainant"), new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel(zh("servicedesk.field.customer-wants"), new Page.GetByLabelOptions().setExact(true))
                .fill("尽快送达并说明原因");
        page.getByText(zh("request.severity.GENERAL"), new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("servicedesk.new.submit"))
                .setExact(true)).click();
        page.waitForURL(url -> url.matches(".*/requests/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS).or(page.getByRole(AriaRole.ALERT)).first())
                .containsText(zh("servicedesk.registered"));
    }
}
