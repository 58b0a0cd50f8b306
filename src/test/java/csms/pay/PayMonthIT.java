package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.order.OrderInput;
import csms.order.OrderLedger;
import csms.order.ReturnInput;
import csms.order.ReturnKind;
import csms.shared.Money;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.workforce.BreachSeverity;
import csms.workforce.Discipline;
import csms.workforce.DisciplineMeasure;
import csms.workforce.NewBreach;
import csms.workforce.Overtime;
import csms.workforce.OvertimeRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A month gathered from the modules and paid (PAY-8), every figure by hand: group 十组 sold 12,000.00 on
 * 2026-11-10 with 100.00 prepaid shipping and 600.00 platform points (kept), and took back 400.00 on 11-20, so net
 * sales are 11,500.00 of a 10,000.00 target: 115 % → 2 % → a pot of 230.00, 115.00 each for two agents in the group
 * all month, team bonus 500 each. Agent one worked 4.5 h overtime (≥ 4 h: 4.5 ÷ 8 × 80 = 45.00); agent two was fined
 * 50.00. Totals: 3,000 + 115 + 500 + 45 = 3,660.00 and 3,000 + 115 + 500 − 50 = 3,565.00.
 */
@IntegrationTest
class PayMonthIT {

    static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Autowired
    PayRuns runs;
    @Autowired
    PayProfiles profiles;
    @Autowired
    OrderLedger ledger;
    @Autowired
    csms.order.OrderReturns returns;
    @Autowired
    Overtime overtime;
    @Autowired
    Discipline discipline;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser a1;
    SignedInUser a2;
    SignedInUser hr;

    @BeforeEach
    void month() {
        jdbc.update("delete from pay_profile"); // only this month's two employees are paid in this data set
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        a1 = fixtures.user(team, Role.AGENT);
        a2 = fixtures.user(team, Role.AGENT);
        hr = fixtures.user(Role.HR);
        jdbc.update("update team_membership set first_day = ? where user_id in (?, ?)",
                java.sql.Date.valueOf("2026-01-05"), a1.id(), a2.id()); // in the team all month
        jdbc.update("insert into sales_target (department_id, target_month, amount, late, set_by, set_at, version)"
                + " values (?, ?, ?, false, ?, current_timestamp, 0)", team, java.sql.Date.valueOf(MONTH.atDay(1)),
                new BigDecimal("10000.00"), hr.id());
        for (SignedInUser agent : List.of(a1, a2)) {
            as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal("3000"), PayKind.AGENT,
                    StaffLevel.STAFF, null, null, null)));
        }
        long order = as(supervisor, () -> ledger.create(new OrderInput("天猫旗舰店", "PM" + System.nanoTime(),
                LocalDate.of(2026, 11, 10), null, null, "周先生", a1.id(), team, new BigDecimal("12000.00"),
                new BigDecimal("600.00"), new BigDecimal("100.00"), null, null))).getId();
        as(supervisor, () -> returns.add(order, new ReturnInput("RT" + System.nanoTime(), ReturnKind.RETURN,
                new BigDecimal("400.00"), LocalDate.of(2026, 11, 20), "质量问题")));
        as(supervisor, () -> overtime.enter(new OvertimeRequest(a1.id(), LocalDate.of(2026, 11, 18),
                new BigDecimal("4.5"), "大促备货")));
        as(supervisor, () -> discipline.record(new NewBreach(a2.id(), LocalDate.of(2026, 11, 12), "上班迟到并未报备",
                null, BreachSeverity.MINOR, DisciplineMeasure.FINE, new BigDecimal("50.00"))));
    }

    @Test
    void theMonthIsGatheredComputedAndEveryFigureMatchesTheHandComputation() throws Exception {
        mvc.perform(post("/pay/runs").param("month", MONTH.toString()).with(csrf()).with(Fixtures.as(hr)))
                .andExpect(status().is3xxRedirection());
        PayRun run = as(hr, () -> runs.of(MONTH)).getFirst();
        List<PayLine> lines = as(hr, () -> runs.lines(run.getId(), 10, 0));

        assertThat(lines).hasSize(2);
        PayLine one = lines.stream().filter(l -> l.userId() == a1.id()).findFirst().orElseThrow();
        PayLine two = lines.stream().filter(l -> l.userId() == a2.id()).findFirst().orElseThrow();
        assertThat(one.amount(PayComponentKind.COMMISSION)).isEqualTo(Money.of("115.00"));
        assertThat(one.amount(PayComponentKind.TEAM_BONUS)).isEqualTo(Money.of("500"));
        assertThat(one.amount(PayComponentKind.OVERTIME)).isEqualTo(Money.of("45.00"));
        assertThat(one.total()).isEqualTo(Money.of("3660.00"));
        assertThat(two.amount(PayComponentKind.DEDUCTIONS)).isEqualTo(Money.of("-50.00"));
        assertThat(two.total()).isEqualTo(Money.of("3565.00"));
        assertThat(run.getTotal()).isEqualTo(Money.of("7225.00"));
        assertThat(one.components()).filteredOn(c -> c.kind() == PayComponentKind.COMMISSION).singleElement()
                .satisfies(c -> assertThat(c.basis()).contains("11500.00", "10000.00", "115.00", "230.00"));

        String sheet = mvc.perform(get("/pay/runs/{id}", run.getId()).with(Fixtures.as(hr))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains("href=\"/orders/net-sales/" + team + "?month=2026-11\"",
                "href=\"/workforce/overtime?month=2026-11&amp;userId=" + a1.id() + "\"",
                "href=\"/workforce/discipline?month=2026-11&amp;userId=" + a2.id() + "\"");
        String breaches = mvc.perform(get("/workforce/discipline").param("month", "2026-11")
                .param("userId", String.valueOf(a2.id())).with(Fixtures.as(hr))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(breaches).contains("上班迟到并未报备");

        mvc.perform(post("/pay/runs").param("month", MONTH.toString()).with(csrf()).with(Fixtures.as(hr)))
                .andExpect(status().isConflict());
    }
}
