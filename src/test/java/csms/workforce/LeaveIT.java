package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.XlsxText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Leave (WFM-1): routing by working days (≤ 1 → the supervisor, more → a general manager), never one's own, one
 * decision when two decide at once, the notice and urgent leave, overlaps, cancelling, the queue, the team calendar
 * and HR's file with its export.
 */
@IntegrationTest
class LeaveIT {

    @Autowired
    Leaves leaves;
    @Autowired
    LeaveDecisions decisions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    RuleSettings rules;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser manager;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        manager = fixtures.user(Role.GENERAL_MANAGER);
    }

    @Test
    void oneWorkingDayGoesToTheSupervisorAndOneAndAHalfOrTwoToAGeneralManager() {
        LocalDate d = workingRun(2);
        SignedInUser a = agent();
        SignedInUser b = agent();
        SignedInUser c = agent();

        LeaveRequest oneDay = as(a, () -> leaves.apply(leave(d, HalfDay.AM, d, HalfDay.PM)));
        LeaveRequest oneAndAHalf = as(b, () -> leaves.apply(leave(d, HalfDay.AM, d.plusDays(1), HalfDay.AM)));
        LeaveRequest twoDays = as(c, () -> leaves.apply(leave(d, HalfDay.AM, d.plusDays(1), HalfDay.PM)));

        assertThat(oneDay.getWorkingDays()).isEqualByComparingTo("1.0");
        assertThat(oneDay.getApproverLevel()).isEqualTo(ApproverLevel.SUPERVISOR);
        assertThat(oneDay.getApproverId()).isEqualTo(supervisor.id());
        assertThat(oneAndAHalf.getWorkingDays()).isEqualByComparingTo("1.5");
        assertThat(oneAndAHalf.getApproverLevel()).isEqualTo(ApproverLevel.GENERAL_MANAGER);
        assertThat(twoDays.getWorkingDays()).isEqualByComparingTo("2.0");
        assertThat(twoDays.getApproverLevel()).isEqualTo(ApproverLevel.GENERAL_MANAGER);

        assertThat(ids(as(supervisor, () -> decisions.queue(PageQuery.of(0, 100, null))).getContent()))
                .contains(oneDay.getId()).doesNotContain(oneAndAHalf.getId(), twoDays.getId());
        assertThat(ids(as(manager, () -> decisions.queue(PageQuery.of(0, 100, null))).getContent()))
                .contains(oneAndAHalf.getId(), twoDays.getId()).doesNotContain(oneDay.getId());
        assertThatThrownBy(() -> as(supervisor,
                () -> decisions.decide(twoDays.getId(), true, null, twoDays.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(supervisor, () -> decisions.decide(oneDay.getId(), true, "同意", oneDay.getVersion())).getStatus())
                .isEqualTo(LeaveStatus.APPROVED);
        assertThat(audit.find(new AuditQuery(null, "leave.approved", Leaves.SUBJECT, String.valueOf(oneDay.getId()),
                null, null), PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    @Test
    void halfDaysOnNonWorkingDaysDoNotCount() {
        LocalDate d = workingRun(1);
        LocalDate off = d;
        while (calendar.isWorkingDay(off)) {
            off = off.plusDays(1);
        }
        LocalDate offDay = off;
        SignedInUser a = agent();
        // a period of only non-working days needs no leave
        assertThatThrownBy(() -> as(a, () -> leaves.apply(leave(offDay, HalfDay.AM, offDay, HalfDay.PM))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("leave.no-working-days"));
        LocalDate before = offDay.minusDays(1);
        LeaveRequest l = as(a, () -> leaves.apply(leave(before, HalfDay.PM, offDay, HalfDay.PM)));
        assertThat(l.getWorkingDays()).isEqualByComparingTo("0.5");
    }

    @Test
    void nobodyApprovesTheirOwnLeaveAndASupervisorsOwnLeaveGoesToAGeneralManager() {
        LocalDate d = workingRun(2);
        LeaveRequest supervisorsOwn = as(supervisor, () -> leaves.apply(leave(d, HalfDay.AM, d, HalfDay.AM)));
        assertThat(supervisorsOwn.getApproverLevel()).isEqualTo(ApproverLevel.GENERAL_MANAGER);
        assertThatThrownBy(() -> as(supervisor, () -> decisions.decide(supervisorsOwn.getId(), true, null,
                supervisorsOwn.getVersion()))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("leave.own-leave"));

        LeaveRequest managersOwn = as(manager, () -> leaves.apply(leave(d, HalfDay.AM, d.plusDays(1), HalfDay.PM)));
        assertThat(ids(as(manager, () -> decisions.queue(PageQuery.of(0, 100, null))).getContent()))
                .doesNotContain(managersOwn.getId());
        assertThatThrownBy(() -> as(manager, () -> decisions.decide(managersOwn.getId(), true, null,
                managersOwn.getVersion()))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("leave.own-leave"));
        SignedInUser otherManager = fixtures.user(Role.GENERAL_MANAGER);
        assertThat(as(otherManager, () -> decisions.decide(managersOwn.getId(), false, "人手不足",
                managersOwn.getVersion())).getStatus()).isEqualTo(LeaveStatus.REJECTED);
    }

    @Test
    void twoApproversAtOnceMakeExactlyOneDecision() throws Exception {
        LocalDate d = workingRun(2);
        LeaveRequest l = as(agent(), () -> leaves.apply(leave(d, HalfDay.AM, d.plusDays(1), HalfDay.PM)));
        SignedInUser other = fixtures.user(Role.GENERAL_MANAGER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LeaveRequest>> results = new ArrayList<>();
            for (SignedInUser who : List.of(manager, other)) {
                boolean approve = who == manager;
                Callable<LeaveRequest> decide = () -> {
                    start.await();
                    return as(who, () -> decisions.decide(l.getId(), approve, null, l.getVersion()));
                };
                results.add(pool.submit(decide));
            }
            start.countDown();
            int decided = 0;
            int conflicts = 0;
            for (Future<LeaveRequest> f : results) {
                try {
                    f.get();
                    decided++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(decided).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        LeaveRow row = as(manager, () -> leaves.view(l.getId()));
        assertThat(row.leave().getStatus()).isIn(LeaveStatus.APPROVED, LeaveStatus.REJECTED);
        assertThat(row.leave().getVersion()).isEqualTo(l.getVersion() + 1);
        assertThat(audit.find(new AuditQuery(null, null, Leaves.SUBJECT, String.valueOf(l.getId()), null, null),
                PageRequest.of(0, 10)).getContent()).extracting(e -> e.getAction())
                .containsExactlyInAnyOrder("leave.applied", row.leave().getStatus() == LeaveStatus.APPROVED
                        ? "leave.approved" : "leave.rejected");
    }

    @Test
    void insideTheNoticeIsRefusedUnlessMarkedUrgentAndRefusedOutrightWhenUrgentLeaveIsOff() {
        LocalDate today = leaves.today();
        SignedInUser a = agent();
        LeaveApplication plain = leave(today, HalfDay.AM, today.plusDays(10), HalfDay.PM);
        assertThatThrownBy(() -> as(a, () -> leaves.apply(plain))).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("leave.notice-urgent-needed");
            assertThat(e.field()).isEqualTo("urgentReason");
        });
        LeaveApplication urgent = new LeaveApplication(LeaveType.SICK, "发烧", plain.period(), true, "急诊");
        LeaveRequest l = as(a, () -> leaves.apply(urgent));
        assertThat(l.isUrgent()).isTrue();
        assertThat(l.getUrgentReason()).isEqualTo("急诊");

        setRule(LeaveRules.URGENT_ALLOWED, 0);
        try {
            SignedInUser b = agent();
            assertThatThrownBy(() -> as(b, () -> leaves.apply(urgent))).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("leave.notice-too-short"));
        } finally {
            setRule(LeaveRules.URGENT_ALLOWED, 1);
        }
        LocalDate yesterday = today.minusDays(1);
        assertThatThrownBy(() -> as(a, () -> leaves.apply(new LeaveApplication(LeaveType.SICK, "x",
                new LeavePeriod(yesterday, HalfDay.AM, yesterday, HalfDay.PM), true, "y"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("leave.start-past"));
    }

    @Test
    void overlappingApplicationsOfOnePersonAreRefusedButTheOtherHalfOfADayIsFree() {
        LocalDate d = workingRun(2);
        SignedInUser a = agent();
        as(a, () -> leaves.apply(leave(d, HalfDay.AM, d, HalfDay.AM)));
        LeaveRequest afternoon = as(a, () -> leaves.apply(leave(d, HalfDay.PM, d, HalfDay.PM)));
        assertThat(afternoon.getWorkingDays()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> as(a, () -> leaves.apply(leave(d, HalfDay.PM, d.plusDays(1), HalfDay.PM))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("leave.overlap"));
        // a cancelled one frees its time
        as(a, () -> leaves.cancel(afternoon.getId(), afternoon.getVersion()));
        assertThat(as(a, () -> leaves.apply(leave(d, HalfDay.PM, d.plusDays(1), HalfDay.PM))).getStatus())
                .isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void onlyTheApplicantCancelsAndNotTwice() {
        LocalDate d = workingRun(1);
        SignedInUser a = agent();
        LeaveRequest l = as(a, () -> leaves.apply(leave(d, HalfDay.AM, d, HalfDay.PM)));
        assertThatThrownBy(() -> as(agent(), () -> leaves.cancel(l.getId(), l.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        LeaveRequest approved = as(supervisor, () -> decisions.decide(l.getId(), true, null, l.getVersion()));
        LeaveRequest cancelled = as(a, () -> leaves.cancel(l.getId(), approved.getVersion()));
        assertThat(cancelled.getStatus()).isEqualTo(LeaveStatus.CANCELLED);
        assertThatThrownBy(() -> as(a, () -> leaves.cancel(l.getId(), cancelled.getVersion())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void approvedLeaveShowsInTheTeamCalendarAndHrSeesTheDecisionAndExportsIt() throws Exception {
        LocalDate d = workingRun(2);
        SignedInUser a = agent();
        LeaveRequest l = as(a, () -> leaves.apply(leave(d, HalfDay.AM, d.plusDays(1), HalfDay.AM)));
        as(manager, () -> decisions.decide(l.getId(), true, "准假", l.getVersion()));

        String page = mvc.perform(get("/leave/calendar").param("department", String.valueOf(team))
                .param("month", YearMonth.from(d).toString()).with(Fixtures.as(agent())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("团队请假日历", "data-user=\"" + a.id() + "\"");
        assertThat(page).containsPattern("data-day=\"" + d + "\"\\s+data-away=\"2\"[^>]*>休<");
        if (YearMonth.from(d.plusDays(1)).equals(YearMonth.from(d))) {
            assertThat(page).containsPattern("data-day=\"" + d.plusDays(1) + "\"\\s+data-away=\"1\"[^>]*>半<");
        }

        SignedInUser hr = fixtures.user(Role.HR);
        String file = mvc.perform(get("/leave/decisions").param("department", String.valueOf(team))
                .with(Fixtures.as(hr))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(file).contains("id=\"leave-" + l.getId() + "\"", "准假", "已批准");
        mvc.perform(get("/leave/decisions").with(Fixtures.as(a))).andExpect(status().isForbidden());

        MvcResult started = mvc.perform(get("/leave/decisions/export").param("department", String.valueOf(team))
                .param("format", "xlsx").header("Accept-Language", "zh-CN").with(Fixtures.as(hr))).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = XlsxText.firstSheet(xlsx);
        assertThat(rows.get(0)).startsWith("编号", "姓名", "部门", "请假类型");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("事假", "已批准", "准假");
    }

    @Test
    void thePagesApplyRefuseInsideTheNoticeQueueAndDecideWithAStaleVersionGetting409() throws Exception {
        SignedInUser a = agent();
        LocalDate today = leaves.today();
        String refused = mvc.perform(post("/leave").with(Fixtures.as(a)).with(csrf()).param("type", "PERSONAL")
                .param("reason", "家中有事").param("startDate", today.toString()).param("startHalf", "AM")
                .param("endDate", today.plusDays(10).toString()).param("endHalf", "PM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("如确属紧急", "家中有事");

        LocalDate d = workingRun(1);
        mvc.perform(post("/leave").with(Fixtures.as(a)).with(csrf()).param("type", "ANNUAL")
                .param("reason", "回老家").param("startDate", d.toString()).param("startHalf", "AM")
                .param("endDate", d.toString()).param("endHalf", "PM")).andExpect(redirectedUrl("/leave"));
        LeaveRow mine = as(a, () -> leaves.mine(PageQuery.of(0, 10, null))).getContent().getFirst();
        assertThat(mine.leave().getType()).isEqualTo(LeaveType.ANNUAL);
        assertThat(mvc.perform(get("/leave").with(Fixtures.as(a))).andReturn().getResponse().getContentAsString())
                .contains("年假", "待审批");

        String queue = mvc.perform(get("/leave/queue").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("id=\"leave-" + mine.leave().getId() + "\"", "回老家");
        mvc.perform(post("/leave/" + mine.leave().getId() + "/decision").with(Fixtures.as(supervisor)).with(csrf())
                .param("decision", "approve").param("version", String.valueOf(mine.leave().getVersion() + 1)))
                .andExpect(status().isConflict());
        mvc.perform(post("/leave/" + mine.leave().getId() + "/decision").with(Fixtures.as(supervisor)).with(csrf())
                .param("decision", "approve").param("version", String.valueOf(mine.leave().getVersion())))
                .andExpect(redirectedUrl("/leave/queue"));
        mvc.perform(get("/leave/queue").with(Fixtures.as(a))).andExpect(status().isForbidden());
    }

    private SignedInUser agent() {
        return fixtures.user(team, Role.AGENT);
    }

    private static LeaveApplication leave(LocalDate from, HalfDay fromHalf, LocalDate to, HalfDay toHalf) {
        return new LeaveApplication(LeaveType.PERSONAL, "家中有事", new LeavePeriod(from, fromHalf, to, toHalf), false,
                null);
    }

    /** The first day at least two weeks ahead that starts {@code n} working days in a row. */
    private LocalDate workingRun(int n) {
        LocalDate d = leaves.today().plusDays(14);
        while (true) {
            LocalDate start = d;
            boolean run = java.util.stream.IntStream.range(0, n).allMatch(i -> calendar.isWorkingDay(start.plusDays(i)));
            if (run) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    private void setRule(csms.shared.RuleKey key, int value) {
        SignedInUser admin = fixtures.user(Role.ADMIN);
        as(admin, () -> {
            long version = rules.all().stream().filter(r -> r.rule().key().equals(key.key())).findFirst().orElseThrow()
                    .version();
            rules.change(key.key(), value, version);
            return null;
        });
    }

    private static List<Long> ids(List<LeaveRow> rows) {
        return rows.stream().map(r -> r.leave().getId()).toList();
    }
}
