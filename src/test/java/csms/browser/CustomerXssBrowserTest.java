package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.CustomerArchiveBrowserTest.contactPersonRows;
import static csms.browser.CustomerArchiveBrowserTest.detail;
import static csms.browser.CustomerArchiveBrowserTest.field;
import static csms.browser.CustomerArchiveBrowserTest.inGroup;
import static csms.browser.CustomerArchiveBrowserTest.phoneRows;
import static csms.browser.Texts.literal;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import csms.customer.ContactChannel;
import csms.customer.ContactRecordDraft;
import csms.customer.ContactRecords;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.customer.CustomerGrades;
import csms.customer.GradeDefinition;
import csms.identity.NewUser;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script stored in every free-text field of the customer module stays text on every page that shows it. The
 * browser ignores the CSP, so only output escaping protects the pages. Data is this test's own: a department, a
 * supervisor, an agent whose display name is the payload, two customers of that agent (the second a duplicate
 * for the merge page), a grade that only these customers meet, a contact record.
 */
@BrowserTest
@IgnoreContentSecurityPolicy
class CustomerXssBrowserTest {

    static final List<String> PAYLOADS = StoredXssBrowserTest.PAYLOADS;
    /** For fields of at most 20 characters (phone labels): runs on its own, as the trap test below shows. */
    static final String SHORT_PAYLOAD = "<svg onload=alert()>";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts users;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    CustomerGrades grades;
    @Autowired
    ContactRecords contacts;

    /** What one run stores: the payload followed by a word naming the field, so each field is checked on its own. */
    record Stored(String payload, int run) {

        String name() {
            return payload + " 客户" + run;
        }

        String of(String field) {
            return payload + " " + field;
        }

        /** A quoted local part, which the email validator accepts with any of these characters. */
        String email() {
            return "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@example.cn";
        }

        /** Only this run's customer meets this run's grade: earlier grades ask for more, later ones lose the tie. */
        BigDecimal gradeThreshold() {
            return new BigDecimal(999_999_999_999L - 10L * run);
        }

        String annualSales() {
            return gradeThreshold().add(BigDecimal.ONE).toPlainString();
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void storedScriptStaysTextOnEveryCustomerPage(String payload, WebBrowser web) {
        Stored s = new Stored(payload, RUN.incrementAndGet());
        long department = fixtures.department();
        SignedInUser supervisor = fixtures.user(department, Role.SUPERVISOR);
        SignedInUser agent = agentNamed(s.of("客服" + s.run()), department);
        String gradeCode = "X" + s.run() + "Z" + System.nanoTime() % 1000;
        Fixtures.as(supervisor, () -> grades.create(new GradeDefinition(gradeCode, payload, s.of("标准"),
                s.gradeThreshold(), null, true, 1, null)));
        String phone = CustomerData.mobile();
        String personPhone = CustomerData.mobile();
        Page page = web.page();
        web.signIn(supervisor);

        long id = registerThroughTheForm(web, s, agent, phone, personPhone);
        long duplicateId = CustomerData.register(archive, supervisor, CustomerData.person(s.name(), CustomerData.mobile(),
                s.of("重复地址"))).id();
        CustomerData.assign(assignment, supervisor, id, agent);
        CustomerData.assign(assignment, supervisor, duplicateId, agent);
        Fixtures.as(agent, () -> contacts.file(id, new ContactRecordDraft(null, ContactChannel.PHONE, s.of("联系摘要"))));
        String labelledPhone = phone + " (" + SHORT_PAYLOAD + ")";
        String person = String.join(" / ", s.of("联系人"), s.of("职务"), personPhone, s.email());

        visit(web, "/customers/" + id, s.name(), s.of("公司"), s.email(), s.of("地址"), s.of("服务"), s.of("来源"),
                s.of("备注"), SHORT_PAYLOAD, s.of("联系人"), s.of("职务"), agent.displayName());
        assertThat(page).hasTitle(Pattern.compile("^" + literal(s.name()) + " · "));
        assertThat(detail(page, zh("customer.field.grade"))).hasText(payload);
        assertThat(detail(page, zh("customer.field.accountManagerId"))).hasText(agent.displayName());
        assertThat(detail(page, zh("customer.field.owner"))).hasText(agent.displayName());
        Locator registered = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(zh("customer.history.customer.registered")));
        assertThat(registered).containsText(s.of("备注"));
        assertThat(registered).containsText(labelledPhone);
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(zh("customer.history.customer.assigned")))).containsText(agent.displayName());

        visit(web, "/customers/" + id + "/edit");
        assertFormHolds(page, s);

        visit(web, "/customers?owner=" + agent.id(), s.name(), s.of("公司"), agent.displayName());
        assertThat(page.getByText(gradeCode, new Page.GetByTextOptions().setExact(true))).hasAttribute("title", payload);
        Response fragment = page.waitForResponse(r -> r.request().headers().containsKey("hx-request"),
                () -> page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(zh("customer.list.search")))
                        .fill(phone.substring(3)));
        assertRawHtmlEscapesPayloads(fragment);
        assertThat(page.locator("#customer-results").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(s.name()).setExact(true))).hasCount(1);
        web.assertNoScriptExecuted();

        // Both ways round: the candidates and the survivor by name, then what would move from the first customer.
        visit(web, "/customers/" + id + "/merge?duplicate=" + duplicateId, "#" + id + " " + s.name(),
                "#" + duplicateId + " " + s.name());
        visit(web, "/customers/" + duplicateId + "/merge?duplicate=" + id, labelledPhone, person);

        visit(web, "/customers/assignment?owner=" + agent.id(), s.name(), zh("assignment.owned-by", agent.displayName()));
        visit(web, "/customers/" + id + "/contacts", s.name(), zh("contacts.owner", agent.displayName()), s.of("联系摘要"));
        // The audit page masks contact data (emails, phones), so it shows the other fields in full.
        visit(web, "/audit?subjectType=Customer&subjectId=" + id, s.name(), s.of("公司"), s.of("备注"), s.of("联系人"),
                s.of("职务"));
        visit(web, "/customers/grades");
        Assertions.assertThat(page.getByLabel(zh("customer.grades.name"), new Page.GetByLabelOptions().setExact(true))
                .evaluateAll("inputs => inputs.map(i => i.value)")).asList().contains(payload);
        Assertions.assertThat(page.getByLabel(zh("customer.grades.criteria"), new Page.GetByLabelOptions().setExact(true))
                .evaluateAll("inputs => inputs.map(i => i.value)")).asList().contains(s.of("标准"));
        visit(web, "/", s.name(), agent.displayName()); // the supervisor's team overview: the duplicate awaits contact
        web.signOut(supervisor.displayName());

        web.signIn(agent);
        visit(web, "/", s.name(), agent.displayName()); // the owner's own duties, their name in the navigation bar
    }

    @Test
    void theTrapNoticesTheShortPayloadWhenItDoesRun(WebBrowser web) {
        web.allowConsoleErrors(".*");
        Page page = web.page();
        page.route(web.url("/trap-check"), route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody("<p>" + SHORT_PAYLOAD + "</p>")));

        web.open("/trap-check");

        Assertions.assertThat(web.scriptsRun()).anyMatch(s -> s.startsWith("alert("));
    }

    static Stream<String> payloads() {
        return PAYLOADS.stream();
    }

    /**
     * Types the payloads into every free-text field of the new-customer form, first with a bad phone (the form comes
     * back with everything typed), then with a good one. Returns the new customer's id.
     */
    private long registerThroughTheForm(WebBrowser web, Stored s, SignedInUser agent, String phone, String personPhone) {
        Page page = web.page();
        web.open("/customers/new");
        field(page, "customer.field.name").fill(s.name());
        field(page, "customer.field.company").fill(s.of("公司"));
        phoneRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup()).fill("12345");
        phoneRows(page).getByLabel(zh("customer.field.phone-label") + " 1", inGroup()).fill(SHORT_PAYLOAD);
        field(page, "customer.field.email").fill(s.email());
        field(page, "customer.field.address").fill(s.of("地址"));
        contactPersonRows(page).getByLabel(zh("customer.field.contact-name") + " 1", inGroup()).fill(s.of("联系人"));
        contactPersonRows(page).getByLabel(zh("customer.field.contact-title") + " 1", inGroup()).fill(s.of("职务"));
        contactPersonRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup()).fill(personPhone);
        contactPersonRows(page).getByLabel(zh("customer.field.email") + " 1", inGroup()).fill(s.email());
        field(page, "customer.field.requestedServices").fill(s.of("服务"));
        field(page, "customer.field.notes").fill(s.of("备注"));
        field(page, "customer.field.sourceReference").fill(s.of("来源"));
        field(page, "customer.field.annualSales").fill(s.annualSales());
        field(page, "customer.field.potential").selectOption("1");
        field(page, "customer.field.importantAgreement").check();
        field(page, "customer.field.accountManagerId").selectOption(new SelectOption().setValue(String.valueOf(agent.id())));

        Response rerendered = submit(page);
        assertRawHtmlEscapesPayloads(rerendered);
        assertThat(phoneRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup()))
                .hasClass(Pattern.compile("is-invalid"));
        assertFormHolds(page, s);
        web.assertNoScriptExecuted();

        phoneRows(page).getByLabel(zh("customer.field.phone") + " 1", inGroup()).fill(phone);
        Assertions.assertThat(submit(page).status()).isEqualTo(302);
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        web.assertNoScriptExecuted();
        return Long.parseLong(page.url().replaceAll(".*/customers/(\\d+)$", "$1"));
    }

    /** The customer form shows every stored value in its field. */
    private static void assertFormHolds(Page page, Stored s) {
        assertThat(field(page, "customer.field.name")).hasValue(s.name());
        assertThat(field(page, "customer.field.company")).hasValue(s.of("公司"));
        assertThat(field(page, "customer.field.email")).hasValue(s.email());
        assertThat(field(page, "customer.field.address")).hasValue(s.of("地址"));
        assertThat(field(page, "customer.field.requestedServices")).hasValue(s.of("服务"));
        assertThat(field(page, "customer.field.notes")).hasValue(s.of("备注"));
        assertThat(field(page, "customer.field.sourceReference")).hasValue(s.of("来源"));
        assertThat(phoneRows(page).getByLabel(zh("customer.field.phone-label") + " 1", inGroup())).hasValue(SHORT_PAYLOAD);
        Locator persons = contactPersonRows(page);
        assertThat(persons.getByLabel(zh("customer.field.contact-name") + " 1", inGroup())).hasValue(s.of("联系人"));
        assertThat(persons.getByLabel(zh("customer.field.contact-title") + " 1", inGroup())).hasValue(s.of("职务"));
        assertThat(persons.getByLabel(zh("customer.field.email") + " 1", inGroup())).hasValue(s.email());
    }

    private static Response submit(Page page) {
        Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("action.save")).setExact(true))
                        .click());
        page.waitForLoadState();
        return answer;
    }

    /** Opens the page, checks that nothing ran and that the raw HTML escapes the payloads, and finds the texts. */
    private static void visit(WebBrowser web, String path, String... texts) {
        Response response = web.open(path);
        Assertions.assertThat(response.status()).as(path).isEqualTo(200);
        web.assertNoScriptExecuted();
        assertRawHtmlEscapesPayloads(response);
        Locator main = web.page().locator("body");
        for (String text : texts) {
            if (!text.isEmpty()) {
                assertThat(main).containsText(text, new com.microsoft.playwright.assertions.LocatorAssertions
                        .ContainsTextOptions().setUseInnerText(true));
            }
        }
    }

    private SignedInUser agentNamed(String displayName, long departmentId) {
        String username = "xssagent" + RUN.get() + "_" + Long.toString(System.nanoTime(), 36);
        fixtures.organisationSetUp();
        users.create(new NewUser(username, displayName, Fixtures.PASSWORD, EnumSet.of(Role.AGENT), null, departmentId,
                null));
        return fixtures.principal(username);
    }

    private static void assertRawHtmlEscapesPayloads(Response response) {
        String html = response.text();
        for (String payload : Stream.concat(PAYLOADS.stream(), Stream.of(SHORT_PAYLOAD)).toList()) {
            Assertions.assertThat(html).as("raw HTML of " + response.url()).doesNotContain(payload);
        }
    }
}
