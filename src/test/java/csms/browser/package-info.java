/**
 * Browser tests: the running application driven by Debian's headless Chromium through Playwright for Java.
 *
 * <p>Write one like this (one Chromium per JVM, a fresh browser profile per test, the Spring context shared
 * with every other {@link csms.browser.BrowserTest}):
 *
 * <pre>{@code
 * @BrowserTest
 * class CustomerPagesBrowserTest {
 *     @Autowired Fixtures fixtures;
 *
 *     @Test
 *     void agentFindsACustomerByName(WebBrowser web) {
 *         web.signIn(fixtures.user(Role.AGENT));
 *         web.open("/customers");
 *         web.page().getByLabel(Texts.zh("customer.search")).fill("王");
 *         assertThat(web.page().getByRole(AriaRole.ROW)).hasCount(2);
 *     }
 * }
 * }</pre>
 *
 * <p>Find things as a user does: {@code getByLabel} and {@code getByRole} with the Chinese names from the
 * message bundles ({@link csms.browser.Texts#zh}). A console error or uncaught page error fails the test
 * ({@link csms.browser.WebBrowser#allowConsoleErrors} for an expected one); a failed test leaves a screenshot in
 * {@code target/browser-screenshots/}. Pages that show stored free text belong in
 * {@code StoredXssBrowserTest.PAGES}, or for customer data in {@code CustomerXssBrowserTest}. A test method marked
 * {@link csms.browser.WithoutJavaScript} runs with JavaScript off, to show a page works as plain HTML. Without
 * Chromium the tests are skipped, except under {@code CI=true}.
 */
package csms.browser;
