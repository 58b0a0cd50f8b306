package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Monthly pay runs (PAY-8): computed with the month's rules and stored line by line, reviewed, approved by another
 * person, locked; a locked month changes only by a correction with a reason; an employee reads only the own line of
 * a locked run; nobody outside HR and managers reads runs; the audit trail has the steps, not the amounts.
 */
@IntegrationTest
class PayRunsIT {

    @Autowired
    PayRuns runs;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    long team;
    SignedInUser hr;
    SignedInUser manager;
    SignedInUser a1;
    SignedInUser a2;
    SignedInUser a3;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        hr = fixtures.user(Role.HR);
        manager = fixtures.user(Role.DEPT_MANAGER);
        a1 = fixtures.user(team, Role.AGENT);
        a2 = fixtures.user(team, Role.AGENT);
        a3 = fixtures.user(team, Role.AGENT);
    }

    @Test
    void aMonthIsComputedReviewedApprovedByAnotherAndLockedAndThenOnlyCorrected() {
        YearMonth month = YearMonth.of(2021, 3);
        PayRun run = as(hr, () -> runs.compute(month, List.of(group()), employees()));

        assertThat(run.getStatus()).isEqualTo(PayRunStatus.COMPUTED);
        assertThat(run.getTotal()).isEqualTo(Money.of("10000.00"));
        List<PayLine> lines = as(hr, () -> runs.lines(run.getId(), 10, 0));
        assertThat(lines).extracting(l -> l.amount(PayComponentKind.COMMISSION))
                .containsExactly(Money.of("333.34"), Money.of("333.33"), Money.of("333.33"));
        assertThat(lines.getFirst().components()).filteredOn(c -> c.kind() == PayComponentKind.COMMISSION)
                .singleElement().satisfies(c -> assertThat(c.basis()).contains("九组", "50000.00", "2"));
        assertThatThrownBy(() -> as(hr, () -> runs.compute(month, List.of(group()), employees())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.run.open-exists"));

        assertThatThrownBy(() -> as(manager, () -> runs.approve(run.getId(), run.getVersion())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.run.wrong-state"));
        PayRun reviewed = as(hr, () -> runs.review(run.getId(), run.getVersion()));
        assertThatThrownBy(() -> as(manager, () -> runs.approve(run.getId(), run.getVersion())))
                .as("stale version").isInstanceOf(ConflictException.class);
        PayRun approved = as(manager, () -> runs.approve(run.getId(), reviewed.getVersion()));
        assertThat(as(a1, () -> runs.ownLine(month))).as("not yet locked").isEmpty();
        PayRun locked = as(hr, () -> runs.lock(run.getId(), approved.getVersion()));
        assertThat(locked.getStatus()).isEqualTo(PayRunStatus.LOCKED);

        assertThat(as(a1, () -> runs.ownLine(month))).hasValueSatisfying(l -> {
            assertThat(l.userId()).isEqualTo(a1.id());
            assertThat(l.total()).isEqualTo(Money.of("3333.34"));
        });
        assertThatThrownBy(() -> as(hr, () -> {
            runs.discard(run.getId(), locked.getVersion());
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(hr, () -> runs.compute(month, List.of(group()), employees())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.run.locked"));
        assertThatThrownBy(() -> as(hr, () -> runs.correct(month, " ", List.of(group()), employees())))
                .isInstanceOf(RuleViolation.class);

        PayRun correction = as(hr, () -> runs.correct(month, "漏计一笔退货", List.of(group()), employees()));
        assertThat(correction.getNumber()).isEqualTo(2);
        assertThat(correction.getCorrectionOf()).isEqualTo(run.getId());
        assertThat(as(hr, () -> runs.of(month))).extracting(PayRun::getNumber).containsExactly(2, 1);
        assertThat(as(a1, () -> runs.ownLine(month))).as("the locked run until the correction is locked")
                .hasValueSatisfying(l -> assertThat(l.total()).isEqualTo(Money.of("3333.34")));
        assertThat(audit.find(new AuditQuery(null, null, PayRuns.SUBJECT, String.valueOf(run.getId()), null, null),
                PageRequest.of(0, 20)).getContent()).hasSize(4).allSatisfy(e -> assertThat(e.getSummary() + " "
                        + e.getChanges()).doesNotContain("3333", "10000.00"));
    }

    @Test
    void whoeverComputedOrReviewedCannotApproveAndOthersCannotReadRuns() {
        SignedInUser hrManager = fixtures.user(Role.HR, Role.DEPT_MANAGER);
        YearMonth month = YearMonth.of(2021, 4);
        PayRun run = as(hrManager, () -> runs.compute(month, List.of(group()), employees()));
        PayRun reviewed = as(hr, () -> runs.review(run.getId(), run.getVersion()));

        assertThatThrownBy(() -> as(hrManager, () -> runs.approve(run.getId(), reviewed.getVersion())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.run.same-person"));
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        assertThatThrownBy(() -> as(supervisor, () -> runs.of(month))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a1, () -> runs.lines(run.getId(), 10, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> runs.compute(YearMonth.of(2021, 5), List.of(group()),
                employees()))).isInstanceOf(AccessDeniedException.class);
        as(hr, () -> {
            runs.discard(run.getId(), reviewed.getVersion());
            return null;
        });
        assertThat(as(hr, () -> runs.of(month))).isEmpty();
    }

    @Test
    void thePagesShowTheRunsTheSheetWithItsBasisTheExcelAndOnlyTheOwnSlip() throws Exception {
        YearMonth month = YearMonth.of(2021, 7);
        PayRun run = as(hr, () -> runs.compute(month, List.of(group()), employees()));

        String list = html(get("/pay/runs").param("month", month.toString()), hr);
        assertThat(list).contains("data-run=\"" + run.getId() + "\"", "已核算", "/pay/runs/" + run.getId() + "/review");
        mvc.perform(post("/pay/runs/{id}/review", run.getId()).param("version", String.valueOf(run.getVersion()))
                .with(csrf()).with(Fixtures.as(hr))).andExpect(redirectedUrl("/pay/runs?month=" + month));
        assertThat(as(hr, () -> runs.get(run.getId())).getStatus()).isEqualTo(PayRunStatus.REVIEWED);

        String sheet = html(get("/pay/runs/{id}", run.getId()), hr);
        assertThat(sheet).contains("data-user=\"" + a1.id() + "\"", "333.34", "3,333.34",
                "九组：净销售额 50000.00，目标 40000.00，完成率 125.00%，提成比例 2%，提成总额 1000.00",
                "职级 员工级").doesNotContain("职级 STAFF"); // a stored level code is shown by its name
        mvc.perform(get("/pay/runs/{id}.xlsx", run.getId()).with(Fixtures.as(hr))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));

        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get("/pay/runs/{id}.pdf", run.getId())
                .with(Fixtures.as(hr))).andExpect(status().isOk()).andReturn();
        byte[] pdf = (started.getRequest().isAsyncStarted() ? mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn() : started).getResponse().getContentAsByteArray(); // the body is streamed
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("薪酬表", "3,333.34",
                    "10,000.00", a1.displayName());
        }
        mvc.perform(get("/pay/runs/{id}.pdf", run.getId()).with(Fixtures.as(a1))).andExpect(status().isForbidden());

        PayRun approved = as(manager, () -> runs.approve(run.getId(), as(hr, () -> runs.get(run.getId()))
                .getVersion()));
        as(hr, () -> runs.lock(run.getId(), approved.getVersion()));
        String slip = html(get("/pay/me").param("month", month.toString()), a2);
        assertThat(slip).contains("3,333.33", "岗位工资", "职级 员工级").doesNotContain("3,333.34");
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        mvc.perform(get("/pay/runs").with(Fixtures.as(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/pay/runs/{id}", run.getId()).with(Fixtures.as(a1))).andExpect(status().isForbidden());
        mvc.perform(get("/pay/runs/{id}.xlsx", run.getId()).with(Fixtures.as(supervisor)))
                .andExpect(status().isForbidden());
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            SignedInUser user) throws Exception {
        return mvc.perform(request.with(Fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aFutureMonthAndAGroupWithoutTargetAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> as(hr, () -> runs.compute(YearMonth.now().plusMonths(2), List.of(group()),
                employees()))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field())
                        .isEqualTo("month"));
        YearMonth month = YearMonth.of(2021, 6);
        PayInputs.Group noTarget = new PayInputs.Group(team, "九组", Money.of("50000"), null,
                Map.of(a1.id(), 30, a2.id(), 30, a3.id(), 30));
        assertThatThrownBy(() -> as(hr, () -> runs.compute(month, List.of(noTarget), employees())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.run.target-missing"));
        assertThat(as(hr, () -> runs.of(month))).isEmpty();
    }

    /** 50,000 of a 40,000 target: 125 % → 2 % → a pot of 1,000.00 for three agents; team bonus 500. */
    private PayInputs.Group group() {
        return new PayInputs.Group(team, "九组", Money.of("50000.00"), Money.of("40000.00"),
                Map.of(a1.id(), 30, a2.id(), 30, a3.id(), 30));
    }

    private List<PayInputs.Employee> employees() {
        return List.of(agent(a1), agent(a2), agent(a3));
    }

    private PayInputs.Employee agent(SignedInUser u) {
        return new PayInputs.Employee(u.id(), team, Money.of("2500"), PayKind.AGENT, StaffLevel.STAFF, false, 0,
                null, null, null, 0, 0, BigDecimal.ZERO, 0, null);
    }
}
