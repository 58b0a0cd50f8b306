package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.service.PenaltyMeasure;
import csms.service.PenaltyRecorded;
import csms.shared.Money;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Discipline (WFM-7): breaches with their measures, a complaint's penalty recorded once however often it arrives,
 * repeated breaches counted over the rule's months with dismissal proposed at the rule's count, the month's
 * deductions for pay, and amounts hidden from the supervisor.
 */
@IntegrationTest
class DisciplineIT {

    static final YearMonth MONTH = YearMonth.of(2026, 8);

    @Autowired
    Discipline discipline;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser hr;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
        hr = fixtures.user(Role.HR);
    }

    @Test
    void aPenaltyFromAComplaintBecomesOneBreachEvenWhenDeliveredTwice() {
        long penaltyId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        Instant at = MONTH.atDay(18).atTime(15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        PenaltyRecorded penalty = new PenaltyRecorded(penaltyId, 4711L, agent.id(), PenaltyMeasure.FINE,
                new BigDecimal("50.00"), "态度恶劣,客户投诉属实", at);

        events.publishEvent(penalty);
        events.publishEvent(penalty);

        MonthDeductions month = discipline.deductions(agent.id(), MONTH);
        assertThat(month.breaches()).singleElement().satisfies(b -> {
            assertThat(b.requestId()).isEqualTo(4711L);
            assertThat(b.measure()).isEqualTo(DisciplineMeasure.FINE);
            assertThat(b.severity()).isEqualTo(BreachSeverity.SERIOUS);
            assertThat(b.day()).isEqualTo(MONTH.atDay(18));
            assertThat(b.description()).contains("投诉属实");
        });
        assertThat(month.fines()).isEqualTo(Money.of("50.00"));
    }

    @Test
    void theMonthsDeductionsAreFinesAndBonusDeductionsWithTheBreachesBehindThem() {
        record(agent, MONTH.atDay(3), DisciplineMeasure.FINE, "20.50");
        record(agent, MONTH.atDay(5), DisciplineMeasure.BONUS_DEDUCTION, "100");
        record(agent, MONTH.atDay(6), DisciplineMeasure.CRITICISM, null);
        record(agent, MONTH.plusMonths(1).atDay(1), DisciplineMeasure.FINE, "999");

        MonthDeductions month = as(hr, () -> discipline.deductions(agent.id(), MONTH));

        assertThat(month.fines()).isEqualTo(Money.of("20.50"));
        assertThat(month.bonusDeductions()).isEqualTo(Money.of("100"));
        assertThat(month.total()).isEqualTo(Money.of("120.50"));
        assertThat(month.breaches()).extracting(BreachLine::day).containsExactly(MONTH.atDay(3), MONTH.atDay(5));
        assertThat(as(agent, () -> discipline.deductions(agent.id(), MONTH)).total()).isEqualTo(Money.of("120.50"));
        assertThatThrownBy(() -> as(supervisor, () -> discipline.deductions(agent.id(), MONTH)))
                .as("pay figures are for HR, managers and the person").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repeatedBreachesAreCountedOverTheLastMonthsAndTheThirdProposesDismissal() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        record(agent, today.minusMonths(13), DisciplineMeasure.CRITICISM, null);
        record(agent, today.minusMonths(6), DisciplineMeasure.CRITICISM, null);
        record(agent, today.minusDays(1), DisciplineMeasure.FINE, "10");
        assertThat(as(supervisor, () -> discipline.repeats(agent.id()))).satisfies(r -> {
            assertThat(r.count()).as("the one 13 months ago is outside the window").isEqualTo(2);
            assertThat(r.proposeDismissal()).isFalse();
        });

        record(agent, today, DisciplineMeasure.CRITICISM, null);

        RepeatedBreaches now = as(supervisor, () -> discipline.repeats(agent.id()));
        assertThat(now.count()).isEqualTo(3);
        assertThat(now.windowMonths()).isEqualTo(12);
        assertThat(now.proposeDismissal()).isTrue();
        assertThat(as(supervisor, () -> discipline.list(new StaffFilter(YearMonth.from(today), team, agent.id()),
                PageQuery.of(0, 20, null))).getContent()).allSatisfy(b -> {
                    assertThat(b.repeats()).isEqualTo(3);
                    assertThat(b.proposeDismissal()).isTrue();
                    assertThat(b.amount()).as("the supervisor sees no pay figures").isNull();
                });
        assertThat(as(hr, () -> discipline.list(new StaffFilter(YearMonth.from(today.minusDays(1)), team, agent.id()),
                PageQuery.of(0, 20, null))).getContent()).anySatisfy(b -> assertThat(b.amount()).isEqualTo(Money.of("10")));
    }

    @Test
    void aMeasureWithAnAmountNeedsOneAndOthersMustNotHaveOne() {
        assertThatThrownBy(() -> record(agent, MONTH.atDay(9), DisciplineMeasure.FINE, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> record(agent, MONTH.atDay(9), DisciplineMeasure.FINE, "0.001"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> record(agent, MONTH.atDay(9), DisciplineMeasure.CRITICISM, "5"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.AGENT);
        assertThatThrownBy(() -> record(outsider, MONTH.atDay(9), DisciplineMeasure.CRITICISM, null))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        record(colleague, MONTH.atDay(9), DisciplineMeasure.CRITICISM, null);
        record(agent, MONTH.atDay(10), DisciplineMeasure.CRITICISM, null);
        assertThat(as(agent, () -> discipline.list(new StaffFilter(MONTH, team, null), PageQuery.of(0, 100, null)))
                .getContent()).as("a person sees their own").extracting(BreachLine::userId).containsExactly(agent.id());
    }

    @Test
    void thePageShowsTheBreachesAndTheSupervisorRecordsOneThere() throws Exception {
        record(agent, MONTH.atDay(11), DisciplineMeasure.FINE, "30");

        String supervisors = mvc.perform(get("/workforce/discipline").param("month", MONTH.toString())
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(supervisors).contains("data-user=\"" + agent.id() + "\"", "罚款", "登记违纪").doesNotContain("30.00");
        String own = mvc.perform(get("/workforce/discipline").param("month", MONTH.toString())
                .with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("30.00").doesNotContain("discipline-form");
        mvc.perform(post("/workforce/discipline").with(Fixtures.as(supervisor)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("day", MONTH.atDay(12).toString())
                .param("description", "迟到三次").param("severity", "MINOR").param("measure", "FINE"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/workforce/discipline").with(Fixtures.as(supervisor)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("day", MONTH.atDay(12).toString())
                .param("description", "迟到三次").param("evidence", "附件 #12").param("severity", "MINOR")
                .param("measure", "CRITICISM")).andExpect(status().is3xxRedirection());
        assertThat(as(hr, () -> discipline.list(new StaffFilter(MONTH, team, null), PageQuery.of(0, 20, null)))
                .getContent()).extracting(BreachLine::evidence).contains("附件 #12");
    }

    private DisciplineBreach record(SignedInUser who, LocalDate day, DisciplineMeasure measure, String amount) {
        return as(supervisor, () -> discipline.record(new NewBreach(who.id(), day, "违反纪律", null,
                measure == DisciplineMeasure.CRITICISM ? BreachSeverity.MINOR : BreachSeverity.SERIOUS, measure,
                amount == null ? null : new BigDecimal(amount))));
    }
}
