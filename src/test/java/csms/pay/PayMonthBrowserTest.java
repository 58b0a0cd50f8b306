package csms.pay;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import csms.browser.BrowserTest;
import csms.browser.WebBrowser;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.MutableClock;
import csms.testing.XlsxText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A whole pay month in the browser (issue 5, PAY-8), each step by the role that owns it, every figure of the sheet
 * checked against the hand computation below.
 *
 * <p>One group with three agents (A1, A2, A3) and one other staff member (S, 副理级); the month is the one the test
 * runs in, so the three agents, created the same way a moment apart, have the same days in the team (today to the
 * end of the month): equal days give equal shares, and the split does not depend on how the days are counted.
 * No page creates accounts, teams or the team's supervisor, so those come from {@link Fixtures} (the facades);
 * everything else goes through the pages:
 * <ul>
 * <li>supervisor: order import (.xlsx, one bad row) and returns import (CSV), net sales, roster, overtime, breach;</li>
 * <li>department manager: the group's target, S's grade; later the approval;</li>
 * <li>HR (who also holds the department manager role, to show that whoever computed a run cannot approve it): pay
 * profiles, compute, review, lock, Excel;</li>
 * <li>agent A1: the own pay slip only, 403 on the pay runs.</li>
 * </ul>
 *
 * <p>By hand, with the rulebook's defaults (no pay rule is changed):
 * <pre>
 * orders      5,000.00 (A1, shipping 20.00, points 250.00) + 4,800.50 (A2, shipping 15.00) + 2,300.50 (A3)
 *           = 12,101.00; shipping 35.00; points 250.00 (stay in)
 * returns     300.00 (return of A2's order) + exchange 100.00 (A3's order)
 * net sales   12,101.00 − 300.00 − 100.00 − 35.00 = 11,666.00
 * completion  11,666.00 ÷ 10,000.00 = 116.66 %  → band 100 % &lt; r ≤ 150 % → 2 %; team bonus (r &gt; 80 %) 500.00
 * pot         11,666.00 × 2 % = 233.32
 * split       233.32 ÷ 3 = 77.773… → 77.77 each, 1 fen left over → largest remainder, tie → smallest id: A1 77.78
 * S           average agent commission 233.32 ÷ 3 = 77.77 (half up); 副理级 90 % → 69.993 → 69.99;
 *             grade 良好 400.00; hired 3 years before the month → 3 × 50.00 = 150.00 seniority
 * shifts      A1 2 × 夜班 × 5 + 1 × 深夜班 × 10 = 20.00; A2 1 × 深夜班 = 10.00; A3 1 × 夜班 = 5.00
 * overtime    A1 3.5 h &lt; 4 h → 0.00; A2 4 h → 4 ÷ 8 × 80 = 40.00
 * deductions  A3 fined 50.00 → −50.00
 * A1  3,000.00 + 77.78 + 500.00 + 20.00 + 0.00          = 3,597.78
 * A2  3,000.00 + 77.77 + 500.00 + 10.00 + 40.00         = 3,627.77
 * A3  3,000.00 + 77.77 + 500.00 + 5.00 − 50.00          = 3,532.77
 * S   4,000.00 + 400.00 + 69.99 + 150.00                = 4,619.99
 * run 3,597.78 + 3,627.77 + 3,532.77 + 4,619.99         = 15,378.31
 * </pre>
 */
@BrowserTest
class PayMonthBrowserTest {

    /**
     * The application's clock: real time. Overtime on a statutory holiday is holiday duty, not hours, so on the few
     * days when every day of the month so far is a statutory holiday (early January, May, October, Spring Festival)
     * the test moves the clock back to the last day of the month before (see {@link #monthWithAnOrdinaryDay}).
     */
    @TestConfiguration
    static class Today {
        @Bean
        @Primary
        MutableClock payMonthClock() {
            return new MutableClock();
        }
    }

    static final String SHOP = "天猫旗舰店";

    @Autowired
    Fixtures fixtures;
    @Autowired
    Departments departments;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    MutableClock clock;
    @Autowired
    PayRuns runs;
    @Autowired
    PerformanceSchemes schemes;

    WebBrowser web;
    long team;
    String groupName;
    SignedInUser supervisor;
    SignedInUser a1;
    SignedInUser a2;
    SignedInUser a3;
    SignedInUser staff;
    SignedInUser manager;
    SignedInUser hr;
    LocalDate today;
    LocalDate overtimeDay;
    YearMonth month;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMonthFromOrdersToTheLockedPaySheetMatchesTheHandComputation(WebBrowser browser, @TempDir Path dir)
            throws IOException {
        web = browser;
        monthWithAnOrdinaryDay();
        team = fixtures.department();
        groupName = departments.get(team).getName();
        // Grades need the department's approved performance scheme in force (PAY-8).
        SchemeFixtures.approved(schemes, fixtures, team, month, SchemeGrader.HEAD);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        List<SignedInUser> agents = Stream.generate(() -> fixtures.user(team, Role.AGENT)).limit(3).toList();
        a1 = agents.get(0); // created first: the smallest id, which gets the pot's leftover fen
        a2 = agents.get(1);
        a3 = agents.get(2);
        // Accounts have no role for other staff; what S is paid as comes from the pay profile (OTHER_STAFF).
        staff = fixtures.user(team, Role.AGENT);
        manager = fixtures.user(Role.DEPT_MANAGER);
        hr = fixtures.user(Role.HR, Role.DEPT_MANAGER);
        Page page = web.page();

        web.signIn(supervisor);
        importOrdersAndReturns(page, dir);
        rosterOvertimeAndBreach(page);
        web.signOut(supervisor.displayName());

        web.signIn(manager);
        targetAndGrade(page);
        web.signOut(manager.displayName());

        web.signIn(hr);
        payProfiles(page);
        long run = computeAndCheckTheSheet(page);
        review(page, run);
        web.signOut(hr.displayName());

        web.signIn(manager);
        web.open("/pay/runs?month=" + month);
        runRow(page, run).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.runs.approve")))
                .click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.runs.done.approve"));
        assertThat(runRow(page, run).locator("[data-status]")).hasText(zh("pay.run.status.APPROVED"));
        web.signOut(manager.displayName());

        web.signIn(hr);
        lockAndCheckItStaysLocked(page, run);
        excel(page, run);
        web.signOut(hr.displayName());

        web.signIn(a1);
        ownSlipOnly(page);
    }

    /** Real time, unless no day of this month up to today is an ordinary day (then the last day of last month). */
    private void monthWithAnOrdinaryDay() {
        LocalDate now = LocalDate.now(clock.withZone(calendar.zone()));
        if (ordinaryDayUpTo(now) == null) {
            clock.advance(Duration.ofDays(-now.getDayOfMonth()));
        }
        today = LocalDate.now(clock.withZone(calendar.zone()));
        month = YearMonth.from(today);
        overtimeDay = ordinaryDayUpTo(today);
    }

    /** The latest day of the month up to the given one that is not a statutory holiday, or null. */
    private LocalDate ordinaryDayUpTo(LocalDate day) {
        for (LocalDate d = day; d.getMonth() == day.getMonth(); d = d.minusDays(1)) {
            if (!calendar.isPublicHoliday(d)) {
                return d;
            }
        }
        return null;
    }

    /** Supervisor: the shop's orders (.xlsx, one row with an unknown agent) and returns (CSV), then net sales. */
    private void importOrdersAndReturns(Page page, Path dir) throws IOException {
        String day = today.toString();
        Path orders = dir.resolve("orders.xlsx");
        Files.write(orders, xlsx(List.of(
                List.of("店铺名称", "订单编号", "下单时间", "买家会员名", "客服", "客服组", "实付金额", "扣点", "快递费"),
                List.of(SHOP, "PM-1", day, "周先生", a1.agentNumber(), groupName, new BigDecimal("5000.00"),
                        new BigDecimal("250.00"), new BigDecimal("20.00")),
                List.of(SHOP, "PM-2", day, "吴女士", a2.agentNumber(), groupName, new BigDecimal("4800.50"),
                        BigDecimal.ZERO, new BigDecimal("15.00")),
                List.of(SHOP, "PM-3", day, "郑先生", a3.agentNumber(), groupName, new BigDecimal("2300.50"),
                        BigDecimal.ZERO, BigDecimal.ZERO),
                List.of(SHOP, "PM-4", day, "王女士", "X-999", groupName, new BigDecimal("999.00"),
                        BigDecimal.ZERO, BigDecimal.ZERO))));
        web.open("/orders/import");
        page.locator("#import-file").setInputFiles(orders);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("spreadsheet.import.submit"))).click();
        Locator result = page.locator(".import-result");
        assertThat(result.getByRole(AriaRole.STATUS)).containsText(zh("spreadsheet.result.summary", "orders.xlsx", 4, 3,
                1));
        Locator problem = result.locator("tbody tr");
        assertThat(problem).hasCount(1);
        assertThat(problem.locator("td")).hasText(new String[] { "5", zh("order.field.agent"),
                zh("order.import.agent-unknown", "X-999") });

        Path returns = dir.resolve("returns.csv");
        Files.writeString(returns, "\uFEFF店铺名称,退款编号,订单编号,售后类型,退款金额,退款时间,退款原因\n"
                + SHOP + ",RT-1,PM-2,退货退款,300.00," + day + ",尺码不合适\n"
                + SHOP + ",RT-2,PM-3,换货,100.00," + day + ",颜色不对\n", StandardCharsets.UTF_8);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("order.import.returns")).setExact(true))
                .click();
        page.locator("#import-file").setInputFiles(returns);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("spreadsheet.import.submit"))).click();
        assertThat(page.locator(".import-result").getByRole(AriaRole.STATUS))
                .containsText(zh("spreadsheet.result.summary", "returns.csv", 2, 2, 0));
        assertThat(page.locator(".import-result").getByRole(AriaRole.STATUS))
                .containsText(zh("spreadsheet.result.all-imported"));

        web.open("/orders/net-sales?month=" + month);
        // group | orders | shipping | points (kept) | returns | exchanges | net = 12,101.00 − 300 − 100 − 35
        assertThat(page.locator("#net-sales tr[data-group='" + team + "'] td")).hasText(new String[] { groupName,
                "12,101.00", "35.00", "250.00", "300.00", "100.00", "11,666.00" });
    }

    /** Supervisor: night and late-night shifts, overtime of 3.5 h (A1) and 4 h (A2), a fine of 50.00 (A3). */
    private void rosterOvertimeAndBreach(Page page) {
        web.open("/roster?department=" + team + "&month=" + month);
        shift(page, a1, 1, "夜班");
        shift(page, a1, 2, "夜班");
        shift(page, a1, 3, "深夜班");
        shift(page, a1, 4, "白班");
        shift(page, a2, 1, "深夜班");
        shift(page, a2, 2, "白班");
        shift(page, a3, 2, "夜班");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("roster.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("roster.saved"));

        web.open("/workforce/overtime?month=" + month);
        overtime(page, a1, "3.5");
        overtime(page, a2, "4");
        Locator entries = page.locator("#overtime tbody tr");
        assertThat(entries.filter(new Locator.FilterOptions().setHasText(a1.displayName())).locator("[data-hours]"))
                .hasText("3.5");
        assertThat(entries.filter(new Locator.FilterOptions().setHasText(a2.displayName())).locator("[data-status]"))
                .hasText(zh("overtime.status.APPROVED"));

        web.open("/workforce/discipline?month=" + month);
        Locator form = page.locator("#discipline-form");
        form.locator("#entry-person").selectOption(String.valueOf(a3.id()));
        form.locator("#entry-day").fill(today.toString());
        form.locator("#entry-description").fill("上班时间长时间离岗未报备");
        form.locator("#entry-severity").selectOption("MINOR");
        form.locator("#entry-measure").selectOption("FINE");
        form.locator("#entry-amount").fill("50.00");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("discipline.saved"));
        Locator breach = page.locator("#breaches tr[data-user='" + a3.id() + "']");
        assertThat(breach.locator("[data-measure]")).hasText(zh("discipline.measure.FINE"));
        assertThat(breach.locator("[data-amount]")).hasText(""); // the supervisor sees the measure, not the amount
    }

    private void shift(Page page, SignedInUser who, int dayOfMonth, String shiftName) {
        page.locator("#roster-grid select[name='c_" + who.id() + "_" + month.atDay(dayOfMonth) + "']")
                .selectOption(new SelectOption().setLabel(shiftName));
    }

    private void overtime(Page page, SignedInUser who, String hours) {
        Locator form = page.locator("#overtime-form");
        form.locator("#entry-person").selectOption(String.valueOf(who.id()));
        form.locator("#entry-day").fill(overtimeDay.toString());
        form.locator("#entry-hours").fill(hours);
        form.locator("#entry-reason").fill("大促客服值守");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("workforce.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("overtime.saved"));
    }

    /** Manager: the group's target of 10,000.00 (late: the month has begun) and S's grade 良好. */
    private void targetAndGrade(Page page) {
        web.open("/pay/targets?month=" + month);
        Locator row = page.locator("#targets tr[data-department='" + team + "']");
        row.locator("#amount-" + team).fill("10000.00");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.targets.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.target.saved"));
        row = page.locator("#targets tr[data-department='" + team + "']");
        assertThat(row.locator("[data-amount]")).hasText("10,000.00");
        assertThat(row).containsText(zh("pay.targets.late"));

        web.open("/pay/assessments?month=" + month + "&departmentId=" + team);
        Locator person = page.locator("#assessments tr[data-user='" + staff.id() + "']");
        person.locator("#grade-" + staff.id()).selectOption(new SelectOption().setLabel(zh("pay.grade.GOOD")));
        person.locator("form[action$='/grade']").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.assessment.saved"));
        assertThat(page.locator("#grade-" + staff.id() + " option:checked")).hasText(zh("pay.grade.GOOD"));
    }

    /** HR: the four pay profiles. */
    private void payProfiles(Page page) {
        profile(page, a1, "3000.00", "AGENT", "STAFF", null);
        profile(page, a2, "3000.00", "AGENT", "STAFF", null);
        profile(page, a3, "3000.00", "AGENT", "STAFF", null);
        profile(page, staff, "4000.00", "OTHER_STAFF", "DEPUTY", month.atDay(1).minusYears(3));
    }

    private void profile(Page page, SignedInUser who, String wage, String kind, String level, LocalDate hired) {
        web.open("/pay/profiles/" + who.id());
        Locator form = page.locator("#pay-profile-form");
        form.locator("#postWage").fill(wage);
        form.locator("#kind").selectOption(new SelectOption().setLabel(zh("pay.kind." + kind)));
        form.locator("#level").selectOption(new SelectOption().setLabel(zh("pay.level." + level)));
        if (hired != null) {
            form.locator("#hiredOn").fill(hired.toString());
        }
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.profile.save"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.profile.saved"));
    }

    /** HR computes the month; every cell of the sheet is the hand computation of the class comment. */
    private long computeAndCheckTheSheet(Page page) {
        web.open("/pay/runs?month=" + month);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.runs.compute"))).click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.runs.computed"));
        long run = Long.parseLong(page.url().replaceAll(".*/pay/runs/(\\d+).*", "$1"));

        // name | post wage | performance | commission | team bonus | discretionary | shifts | overtime |
        // holiday duty | comprehensive | seniority | deductions | total
        line(page, a1, "3,000.00", "", "77.78", "500.00", "", "20.00", "0.00", "0.00", "0.00", "0.00", "",
                "3,597.78");
        line(page, a2, "3,000.00", "", "77.77", "500.00", "", "10.00", "40.00", "0.00", "0.00", "0.00", "",
                "3,627.77");
        line(page, a3, "3,000.00", "", "77.77", "500.00", "", "5.00", "0.00", "0.00", "0.00", "0.00", "-50.00",
                "3,532.77");
        line(page, staff, "4,000.00", "400.00", "69.99", "", "", "0.00", "0.00", "0.00", "0.00", "150.00", "",
                "4,619.99");
        assertThat(page.locator("#pay-sheet tbody tr")).hasCount(4);

        // The basis on hover: net sales, target, completion 116.66 %, rate 2 %, pot 233.32, equal days.
        int days = month.lengthOfMonth() - today.getDayOfMonth() + 1;
        for (SignedInUser agent : List.of(a1, a2, a3)) {
            assertThat(cell(page, agent, PayComponentKind.COMMISSION)).hasAttribute("title", zh("pay.basis.commission",
                    groupName, "11666.00", "10000.00", "116.66", "2", "233.32", String.valueOf(days),
                    String.valueOf(3 * days)));
        }
        assertThat(cell(page, staff, PayComponentKind.COMMISSION)).hasAttribute("title",
                zh("pay.basis.level-commission", zh("pay.level.DEPUTY"), "77.77", "3", "90"));
        assertThat(cell(page, a1, PayComponentKind.OVERTIME)).hasAttribute("title",
                zh("pay.basis.overtime", "3.5", "4"));
        assertThat(cell(page, a2, PayComponentKind.OVERTIME)).hasAttribute("title", zh("pay.basis.overtime", "4", "4"));
        assertThat(cell(page, a1, PayComponentKind.SHIFTS)).hasAttribute("title", zh("pay.basis.shifts", "2", "1"));
        assertThat(cell(page, staff, PayComponentKind.SENIORITY)).hasAttribute("title",
                zh("pay.basis.seniority", "3"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("pay.sheet.back"))).click();
        assertThat(runRow(page, run).locator("td").nth(3)).hasText("15,378.31");
        assertThat(runRow(page, run).locator("[data-status]")).hasText(zh("pay.run.status.COMPUTED"));
        return run;
    }

    private static void line(Page page, SignedInUser who, String... figures) {
        String[] cells = new String[figures.length + 1];
        cells[0] = who.displayName();
        System.arraycopy(figures, 0, cells, 1, figures.length);
        assertThat(page.locator("#pay-sheet tr[data-user='" + who.id() + "'] td")).hasText(cells);
    }

    private static Locator cell(Page page, SignedInUser who, PayComponentKind kind) {
        return page.locator("#pay-sheet tr[data-user='" + who.id() + "'] td[data-kind='" + kind + "']");
    }

    private static Locator runRow(Page page, long run) {
        return page.locator("#pay-runs tr[data-run='" + run + "']");
    }

    /** HR reviews; as a department manager too, tries to approve the run they computed and reviewed: refused. */
    private void review(Page page, long run) {
        runRow(page, run).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.runs.review")))
                .click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.runs.done.review"));
        runRow(page, run).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.runs.approve")))
                .click();
        assertThat(page.locator(".alert-danger")).hasText(zh("pay.run.same-person"));
        assertThat(runRow(page, run).locator("[data-status]")).hasText(zh("pay.run.status.REVIEWED"));
    }

    /** HR locks; the month then has no step left: discarding the run and computing the month again are refused. */
    private void lockAndCheckItStaysLocked(Page page, long run) {
        web.open("/pay/runs?month=" + month);
        runRow(page, run).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(zh("pay.runs.lock")))
                .click();
        assertThat(page.locator(".alert-success")).containsText(zh("pay.runs.done.lock"));
        assertThat(runRow(page, run).locator("[data-status]")).hasText(zh("pay.run.status.LOCKED"));
        assertThat(runRow(page, run).getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(page.locator("#compute-form")).hasCount(0);
        assertThat(page.locator("#correct-form")).isVisible(); // a locked month changes only by a correction

        String csrf = page.locator("#correct-form input[name='_csrf']").inputValue();
        long version = Fixtures.as(hr, () -> runs.get(run)).getVersion();
        var tried = page.request().post(web.url("/pay/runs/" + run + "/discard"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("version", String.valueOf(version))));
        org.assertj.core.api.Assertions.assertThat(tried.text()).contains(zh("pay.run.locked"));
        var again = page.request().post(web.url("/pay/runs"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("month", month.toString())));
        org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(409);
        org.assertj.core.api.Assertions.assertThat(again.text()).contains(zh("pay.run.locked"));
        web.open("/pay/runs?month=" + month);
        assertThat(page.locator("#pay-runs tbody tr")).hasCount(1);
        assertThat(runRow(page, run).locator("td").nth(3)).hasText("15,378.31");
    }

    /** HR downloads the locked sheet and reads it back. */
    private void excel(Page page, long run) throws IOException {
        web.open("/pay/runs/" + run);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(zh("pay.sheet.excel"))).click());
        List<List<String>> rows = XlsxText.firstSheet(Files.readAllBytes(download.path()));
        // number | name | post wage | performance | commission | team bonus | discretionary | shifts | overtime |
        // holiday duty | comprehensive | seniority | deductions | total
        org.assertj.core.api.Assertions.assertThat(rows.getFirst()).contains(zh("pay.component.commission"),
                zh("pay.sheet.total"));
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(5);
        List<String> one = row(rows, a1);
        org.assertj.core.api.Assertions.assertThat(List.of(one.get(4), one.get(8), one.get(13)))
                .containsExactly("77.78", "0.00", "3597.78");
        List<String> three = row(rows, a3);
        org.assertj.core.api.Assertions.assertThat(List.of(three.get(4), three.get(12), three.get(13)))
                .containsExactly("77.77", "-50.00", "3532.77");
        List<String> s = row(rows, staff);
        org.assertj.core.api.Assertions.assertThat(List.of(s.get(3), s.get(4), s.get(11), s.get(13)))
                .containsExactly("400.00", "69.99", "150.00", "4619.99");
    }

    private static List<String> row(List<List<String>> rows, SignedInUser who) {
        return rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(who.displayName())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + who.displayName() + " in " + rows));
    }

    /** A1 reads the own slip of the locked month through the user menu, and may not open the pay runs. */
    private void ownSlipOnly(Page page) {
        web.openUserMenu(a1.displayName());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("pay.nav.own")).setExact(true)).click();
        page.locator("#month").fill(month.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh("pay.targets.show"))).click();
        Locator slip = page.locator("#pay-slip");
        assertThat(slip.locator("tr[data-kind='COMMISSION'] td").first()).hasText("77.78");
        assertThat(slip.locator("tr[data-kind='TEAM_BONUS'] td").first()).hasText("500.00");
        assertThat(slip.locator("tr[data-kind='SHIFTS'] td").first()).hasText("20.00");
        assertThat(slip.locator("[data-total]")).hasText("3,597.78");
        for (String other : List.of("3,627.77", "3,532.77", "4,619.99", "15,378.31")) {
            assertThat(page.locator("main")).not().containsText(other);
        }

        web.allowConsoleErrors("status of 403");
        Response runsPage = web.open("/pay/runs?month=" + month);
        org.assertj.core.api.Assertions.assertThat(runsPage.status()).isEqualTo(403);
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "Shop", "1.0");
        Worksheet sheet = book.newWorksheet("订单");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof BigDecimal n) {
                    sheet.value(r, c, n);
                } else {
                    sheet.value(r, c, String.valueOf(v));
                }
            }
        }
        sheet.finish();
        book.finish();
        return out.toByteArray();
    }
}
