package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Employees' pay profiles: HR keeps post wage, kind, level, hire date and trial period; stale edits 409, bad input
 * 422 with the input kept; nobody outside HR and managers reads them, and the audit trail never shows the amounts.
 */
@IntegrationTest
class PayProfilesIT {

    @Autowired
    PayProfiles profiles;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;

    long team;
    SignedInUser hr;
    SignedInUser agent;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        hr = fixtures.user(Role.HR);
        agent = fixtures.user(team, Role.AGENT);
    }

    @Test
    void hrEntersAProfileAndChangesItOnTheVersionSeen() {
        PayProfile p = as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal("4500.50"),
                PayKind.AGENT, StaffLevel.STAFF, LocalDate.of(2023, 3, 15), YearMonth.of(2023, 6), null)));

        assertThat(p.getPostWage()).isEqualTo(Money.of("4500.50"));
        assertThat(p.inTrial(YearMonth.of(2023, 5))).isTrue();
        assertThat(p.inTrial(YearMonth.of(2023, 6))).isFalse();
        assertThat(p.completedYears(YearMonth.of(2025, 2))).isEqualTo(1);
        assertThat(p.completedYears(YearMonth.of(2025, 3))).isEqualTo(2);

        assertThatThrownBy(() -> as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal("4800"),
                PayKind.AGENT, StaffLevel.STAFF, null, null, p.getVersion() + 1)))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal("4800"),
                PayKind.AGENT, StaffLevel.STAFF, null, null, null)))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("version"));
        PayProfile changed = as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal("4800"),
                PayKind.OTHER_STAFF, StaffLevel.DEPUTY, LocalDate.of(2023, 3, 15), null, p.getVersion())));
        assertThat(changed.getKind()).isEqualTo(PayKind.OTHER_STAFF);
        assertThat(as(hr, () -> profiles.page(null, team, PageQuery.of(0, 20, null))).getContent())
                .anySatisfy(r -> {
                    assertThat(r.userId()).isEqualTo(agent.id());
                    assertThat(r.profile().getPostWage()).isEqualTo(Money.of("4800"));
                });

        assertThat(audit.find(new AuditQuery(null, "payprofile.saved", PayProfiles.SUBJECT,
                String.valueOf(agent.id()), null, null), PageRequest.of(0, 10)).getContent())
                .hasSize(2).allSatisfy(e -> assertThat(e.getSummary() + " " + e.getChanges())
                        .doesNotContain("4500", "4800"));
    }

    @Test
    void badInputIsRefusedOnItsField() {
        for (String wage : new String[] { "-1", "12.345", "10000000.01" }) {
            assertThatThrownBy(() -> as(hr, () -> profiles.save(agent.id(), new PayProfileInput(new BigDecimal(wage),
                    PayKind.AGENT, StaffLevel.STAFF, null, null, null)))).isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("postWage"));
        }
        assertThatThrownBy(() -> as(hr, () -> profiles.save(agent.id(), new PayProfileInput(BigDecimal.TEN, null,
                StaffLevel.STAFF, null, null, null)))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> as(hr, () -> profiles.save(agent.id(), new PayProfileInput(BigDecimal.TEN,
                PayKind.AGENT, StaffLevel.STAFF, LocalDate.now().plusYears(3), null, null))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("hiredOn"));
    }

    @Test
    void onlyHrAndManagersSeeProfiles() throws Exception {
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);

        assertThatThrownBy(() -> as(supervisor, () -> profiles.of(agent.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(agent, () -> profiles.of(agent.id()))).isInstanceOf(AccessDeniedException.class);
        for (SignedInUser outsider : new SignedInUser[] { supervisor, agent }) {
            mvc.perform(get("/pay/profiles").with(Fixtures.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/pay/profiles/{id}", agent.id()).with(Fixtures.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        assertThat(as(fixtures.user(Role.DEPT_MANAGER), () -> profiles.of(agent.id()))).isEmpty();
    }

    @Test
    void theFormKeepsBadInputAndSavesGoodInput() throws Exception {
        String list = mvc.perform(get("/pay/profiles").param("departmentId", String.valueOf(team))
                .with(Fixtures.as(hr))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("data-user=\"" + agent.id() + "\"", "尚未录入");

        String refused = mvc.perform(post("/pay/profiles/{id}", agent.id()).with(Fixtures.as(hr)).with(csrf())
                .param("postWage", "-300").param("kind", "AGENT").param("level", "STAFF")
                .param("hiredOn", "2024-02-01")).andExpect(status().isUnprocessableContent()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("value=\"-300\"", "value=\"2024-02-01\"", "岗位工资须在 0 至 10,000,000 元之间");

        mvc.perform(post("/pay/profiles/{id}", agent.id()).with(Fixtures.as(hr)).with(csrf())
                .param("postWage", "3800").param("kind", "AGENT").param("level", "STAFF")
                .param("hiredOn", "2024-02-01").param("trialUntil", "2024-05"))
                .andExpect(redirectedUrl("/pay/profiles/" + agent.id()));
        assertThat(as(hr, () -> profiles.of(agent.id()))).hasValueSatisfying(p -> {
            assertThat(p.getPostWage()).isEqualTo(Money.of("3800"));
            assertThat(p.getTrialUntil()).isEqualTo(YearMonth.of(2024, 5));
        });
    }
}
