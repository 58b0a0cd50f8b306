package csms.script;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import csms.browser.BrowserTest;
import csms.browser.IgnoreContentSecurityPolicy;
import csms.browser.Texts;
import csms.browser.WebBrowser;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup in a supervisor's phrases and templates stays text wherever it is shown: the lists, the findings put in
 * under a reply box, the template picker and the inserted text. The browser ignores the CSP here.
 */
@BrowserTest
@IgnoreContentSecurityPolicy
class ReplyTextXssBrowserTest {

    private static final String PHRASE = "<img src=x onerror=__xss.push(1)>禁语";
    private static final String TITLE = "<svg onload=__xss.push(2)>模板";
    private static final String TEXT = "<img src=x onerror=__xss.push(3)>请您稍等";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReplyQuality quality;
    @Autowired
    ReplyTemplates templates;

    @Test
    void storedMarkupStaysText(WebBrowser web) {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String phrase = PHRASE + System.nanoTime() % 100_000;
        Fixtures.as(supervisor, () -> quality.add(new PhraseDefinition(phrase, PhraseCategory.RUDE,
                "<b onmouseover=__xss.push(4)>说</b>", null)));
        Fixtures.as(supervisor, () -> templates.create(new TemplateDefinition(TITLE, ReplySituation.OTHER, TEXT, null)));
        web.signIn(supervisor);
        Page page = web.page();

        web.open("/settings/reply-quality?q=onerror");
        assertThat(page.locator("#phrases")).containsText(phrase);
        page.getByLabel(zh("script.quality.try-text")).fill("您好," + phrase);
        assertThat(page.locator("#reply-try-check")).containsText(phrase);
        assertThat(page.locator("#reply-try-check")).containsText("<b onmouseover");

        page.getByLabel(zh("script.picker.label")).fill("svg onload");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("script.picker.insert", TITLE))).click();
        assertThat(page.getByLabel(zh("script.quality.try-text"))).hasValue(Pattern.compile(Texts.literal(TEXT)));

        web.open("/settings/reply-templates?q=svg");
        assertThat(page.locator("#templates")).containsText(TITLE);
        assertThat(page.locator("#templates")).containsText(TEXT);
        web.assertNoScriptExecuted();
    }
}
