package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.Texts.zh;
import static csms.browser.Texts.zhPattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import csms.customer.CustomerArchive;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.service.Severity;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint closed loop on the request page, in Chinese (CMP-2 … CMP-7): the agent judges, investigates and
 * proposes; the supervisor approves; the customer signs on the screen; the agent implements and summarises; the
 * follow-up visit planned by the return-visit module is recorded on the visit screen, and the complaint is closed.
 */
@BrowserTest
class ComplaintLoopBrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    Departments departments;

    @Test
    void anAgentAndASupervisorCloseAComplaintWithTheCustomersSignatureDrawnOnScreen(WebBrowser web) {
        long team = fixtures.department();
        String teamName = departments.get(team).getName();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        long customer = CustomerData.register(archive, agent, CustomerData.person(CustomerData.uniqueName().name(),
                CustomerData.mobile(), "广州市天河区体育西路1号")).id();
        long id = Fixtures.as(agent, () -> requests.register(new RequestDraft(RequestType.COMPLAINT, Channel.PHONE,
                customer, "检测报告数据有误", "客户称报告中的含量数据与送检样品不符", Priority.HIGH, null, Severity.GENERAL,
                false, "王先生", null, "重新检测并出具更正报告"))).id();
        Page page = web.page();
        String path = "/requests/" + id;

        web.signIn(agent);
        web.open(path);
        assertThat(current(page)).containsText(zh("requestpage.complaint.current", zh("complaint.stage.JUDGEMENT")));
        page.getByLabel(zh("requestpage.judge.yes"), new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#judge-department").selectOption(new SelectOption().setLabel(teamName));
        page.locator("#judge-promised").fill(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        submit(page, "requestpage.judge.submit", "requestpage.done.judged");

        assertThat(step(page, "JUDGEMENT")).hasAttribute("data-state", "DONE");
        page.locator("#investigate-cause").fill("样品登记时录入错误");
        page.locator("#investigate-kind").selectOption(new SelectOption().setLabel(zh("complaint.problem-kind.SERVICE")));
        page.locator("#investigate-routed").selectOption(new SelectOption().setLabel(teamName));
        page.locator("#investigate-party").fill("样品登记岗");
        submit(page, "requestpage.investigate.submit", "requestpage.done.investigated");

        page.locator("#proposal-description").fill("免费重新检测并出具更正报告");
        page.locator("#proposal-cost").fill("300");
        submit(page, "requestpage.propose.submit", "requestpage.done.proposed");
        submit(page, "requestpage.propose.send", "requestpage.done.submitted");
        assertThat(page.getByText(zh("requestpage.approve.waiting"))).isVisible();
        web.signOut(agent.displayName());

        web.signIn(supervisor);
        web.open(path);
        current(page).getByRole(AriaRole.RADIO).first().check();
        page.locator("#decision-comment").fill("同意，今日内完成");
        submit(page, "requestpage.approve.submit", "requestpage.done.approved");
        web.signOut(supervisor.displayName());

        web.signIn(agent);
        web.open(path);
        assertThat(page.locator("[data-confirmation-state]")).hasText(zh("requestpage.implement.not-confirmed"));
        sign(page, page.locator("canvas[data-signature-pad]"));
        submit(page, "requestpage.signature.submit", "requestpage.done.signed");
        assertThat(page.locator("[data-confirmation-state]")).containsText(zh("complaint.confirmation.SIGNATURE"));
        page.locator("#implement-actions").fill("重新检测，出具更正报告并致歉");
        page.locator("#implement-feedback").fill("客户接受处理方案");
        submit(page, "requestpage.implement.submit", "requestpage.done.implemented");

        page.locator("#summary-category").selectOption(new SelectOption().setLabel(zh("complaint.category.PROCESS")));
        page.locator("#summary-department").selectOption(new SelectOption().setLabel(teamName));
        page.locator("#summary-root-cause").fill("登记环节缺少复核");
        page.locator("#summary-improvement").fill("样品登记增加双人复核");
        submit(page, "requestpage.summary.submit", "requestpage.done.summarised");

        // CMP-7: the follow-up visit was planned by the return-visit module; the request page links to it
        assertThat(current(page)).containsText(zh("requestpage.follow-up.by-visit"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(zh("requestpage.follow-up.open-visit"))).click();
        Locator visitRow = page.locator("#visits tbody tr");
        assertThat(visitRow).hasCount(1);
        assertThat(visitRow).containsText(zh("visit.kind.COMPLAINT_FOLLOW_UP"));
        visitRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(zh("visit.open"))).click();
        assertThat(page.locator("[data-source-request]")).hasAttribute("href", path);
        page.getByLabel(zh("visit.outcome.REACHED"), new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(zh("complaint.satisfaction.SATISFIED"), new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#answer-0").selectOption("5");
        page.locator("#visit-note").fill("回访客户，对处理结果满意");
        submit(page, "visit.record.submit", "visit.done.REACHED");
        assertThat(page.locator("[data-visit-status]")).hasText(zh("visit.status.DONE"));

        page.locator("[data-source-request]").click();
        assertThat(page.getByText(zhPattern("requestpage.complaint.closed"))).isVisible();
        assertThat(page.locator("[data-stage]").first()).hasText(zh("complaint.stage.CLOSED"));
        assertThat(step(page, "FOLLOW_UP")).hasAttribute("data-state", "DONE");
        assertThat(page.locator("[data-current-step]")).hasCount(0);
        assertThat(page.locator("[data-record='IMPLEMENTATION']")).containsText(zh("complaint.confirmation.SIGNATURE"));
    }

    /** The customer signs: a stroke drawn with the mouse across the pad. */
    private static void sign(Page page, Locator pad) {
        pad.scrollIntoViewIfNeeded();
        BoundingBox box = pad.boundingBox();
        double y = box.y + box.height / 2;
        page.mouse().move(box.x + 20, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width / 3, y - 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(box.x + box.width / 2, y + 25, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(box.x + box.width - 20, y - 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    /** Presses the form's button and waits for the page to come back with the step's success message. */
    private static void submit(Page page, String button, String done) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(zh(button)).setExact(true)).click();
        assertThat(page.getByText(zh(done), new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    private static Locator current(Page page) {
        return page.locator("[data-current-step]");
    }

    private static Locator step(Page page, String step) {
        return page.locator("[data-step='" + step + "']");
    }
}
