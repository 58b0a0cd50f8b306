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
import csms.shared.RuleViolation;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pay rules versioned by month (PAY-1 … PAY-7): a value applies from its month until a later version, past months
 * are never changed, ranges and band order are enforced, only HR and department managers set values.
 */
@IntegrationTest
class PayRulesIT {

    @Autowired
    PayRules rules;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;
    @Autowired
    MessageSource messages;

    SignedInUser hr;
    YearMonth now;

    @BeforeEach
    void setUp() {
        hr = fixtures.user(Role.HR);
        now = rules.currentMonth();
    }

    @Test
    void aValueAppliesFromItsMonthUntilALaterVersionAndEarlierMonthsKeepTheirs() {
        YearMonth from = now.plusMonths(13);
        as(hr, () -> rules.set(PayRule.COMMISSION_BAND2_RATE, from, new BigDecimal("1.25"), "旺季调整"));
        as(hr, () -> rules.set(PayRule.COMMISSION_BAND2_RATE, from.plusMonths(3), new BigDecimal("1.75"), "再调整"));

        assertThat(rules.book(from.minusMonths(1)).value(PayRule.COMMISSION_BAND2_RATE)).isEqualByComparingTo("1");
        assertThat(rules.book(from).value(PayRule.COMMISSION_BAND2_RATE)).isEqualByComparingTo("1.25");
        assertThat(rules.book(from.plusMonths(2)).value(PayRule.COMMISSION_BAND2_RATE)).isEqualByComparingTo("1.25");
        assertThat(rules.book(from.plusMonths(3)).value(PayRule.COMMISSION_BAND2_RATE)).isEqualByComparingTo("1.75");
        assertThat(rules.book(from.plusMonths(3)).value(PayRule.OVERTIME_DAY)).isEqualByComparingTo("80");

        as(hr, () -> rules.set(PayRule.COMMISSION_BAND2_RATE, from, new BigDecimal("1.5"), "更正"));
        assertThat(rules.book(from).value(PayRule.COMMISSION_BAND2_RATE)).isEqualByComparingTo("1.5");
        assertThat(audit.find(new AuditQuery(null, "payrule.set", PayRules.SUBJECT, null, null, null),
                PageRequest.of(0, 100)).getContent()).anySatisfy(e -> assertThat(e.getSummary())
                        .isEqualTo("pay.commission.band2-rate @ " + from));
    }

    @Test
    void pastMonthsOutOfRangeValuesMissingReasonsAndDisorderedBandsAreRefused() {
        YearMonth from = now.plusMonths(30);
        assertRefused(() -> rules.set(PayRule.OVERTIME_DAY, now.minusMonths(1), new BigDecimal("90"), "补发"), "from",
                "pay.rule.past-month");
        assertRefused(() -> rules.set(PayRule.COMMISSION_BAND1_RATE, from, new BigDecimal("101"), "错"), "value",
                "pay.rule.out-of-range");
        assertRefused(() -> rules.set(PayRule.OVERTIME_DAY, from, new BigDecimal("80.001"), "错"), "value",
                "pay.rule.out-of-range");
        assertRefused(() -> rules.set(PayRule.TARGET_DEADLINE_DAY, from, new BigDecimal("9.5"), "错"), "value",
                "pay.rule.out-of-range");
        assertRefused(() -> rules.set(PayRule.OVERTIME_DAY, from, new BigDecimal("90"), "  "), "reason",
                "validation.required");
        assertRefused(() -> rules.set(PayRule.COMMISSION_BAND2_UPTO, from, new BigDecimal("55"), "错"), "value",
                "pay.rule.bands-out-of-order");

        as(hr, () -> rules.set(PayRule.COMMISSION_BAND3_UPTO, from.plusMonths(2), new BigDecimal("120"), "放宽"));
        assertRefused(() -> rules.set(PayRule.COMMISSION_BAND4_UPTO, from, new BigDecimal("110"), "错"), "value",
                "pay.rule.bands-out-of-order");
        assertThat(rules.book(from).value(PayRule.COMMISSION_BAND4_UPTO)).isEqualByComparingTo("150");
    }

    @Test
    void onlyHrAndDepartmentManagersSetRules() {
        SignedInUser supervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);

        assertThatThrownBy(() -> as(supervisor, () -> rules.set(PayRule.NIGHT_SHIFT, now.plusMonths(50),
                BigDecimal.TEN, "试试"))).isInstanceOf(AccessDeniedException.class);
        as(manager, () -> rules.set(PayRule.NIGHT_SHIFT, now.plusMonths(50), new BigDecimal("6"), "物价上涨"));
        assertThat(rules.book(now.plusMonths(50)).shifts(1, 0)).isEqualTo(csms.shared.Money.of("6"));
    }

    @Test
    void thePageShowsTheRulesInForceAndKeepsBadInputWithTheMessage() throws Exception {
        String page = mvc.perform(get("/settings/pay-rules").with(Fixtures.as(hr))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-rule=\"pay.commission.band3-rate\"", "深夜班补贴", "制度默认值");

        String refused = mvc.perform(post("/settings/pay-rules").with(Fixtures.as(hr)).with(csrf())
                .param("rule", "OVERTIME_DAY").param("from", now.plusMonths(60).toString()).param("value", "-5")
                .param("reason", "调整加班标准")).andExpect(status().isUnprocessableContent()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("value=\"-5\"", "value=\"调整加班标准\"", "数值须在 0 至 10000 之间");

        mvc.perform(post("/settings/pay-rules").with(Fixtures.as(hr)).with(csrf()).param("rule", "OVERTIME_DAY")
                .param("from", now.plusMonths(60).toString()).param("value", "100").param("reason", "调整加班标准"))
                .andExpect(redirectedUrl("/settings/pay-rules"));
        assertThat(rules.book(now.plusMonths(60)).value(PayRule.OVERTIME_DAY)).isEqualByComparingTo("100");
        mvc.perform(get("/settings/pay-rules").with(Fixtures.as(fixtures.user(fixtures.department(), Role.AGENT))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyRuleAndUnitHasALabelInBothLanguages() {
        for (PayRule r : PayRule.values()) {
            for (java.util.Locale l : java.util.List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                assertThat(messages.getMessage(r.labelKey(), null, null, l)).as(r.labelKey()).isNotBlank();
                assertThat(messages.getMessage(r.unitKey(), null, null, l)).as(r.unitKey()).isNotBlank();
            }
        }
    }

    private void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(() -> as(hr, () -> {
            action.run();
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
