package csms.pay;

import static csms.testing.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.Money;
import csms.shared.Role;
import csms.testing.Api;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pay over REST (PAY-8): HR and the department manager read runs and lines and take the steps with the version
 * (If-Match), stale → 409; an agent gets 403 on runs and reads only the own line once the month is locked. The
 * month: 50,000.00 of 40,000.00 (125 % → 2 %, pot 1,000.00 → 333.34 / 333.33 / 333.33, team bonus 500, wage 2,500).
 */
@IntegrationTest
class PayApiIT {

    static final YearMonth MONTH = YearMonth.of(2020, 8);

    @Autowired
    PayRuns runs;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    Api api;

    long team;
    SignedInUser hr;
    SignedInUser manager;
    SignedInUser a1;
    SignedInUser a2;
    SignedInUser a3;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        team = fixtures.department();
        hr = fixtures.user(Role.HR);
        manager = fixtures.user(Role.DEPT_MANAGER);
        a1 = fixtures.user(team, Role.AGENT);
        a2 = fixtures.user(team, Role.AGENT);
        a3 = fixtures.user(team, Role.AGENT);
    }

    @Test
    void hrAndTheManagerTakeARunThroughItsStepsAndTheAgentReadsOnlyTheOwnLine() throws Exception {
        PayRun run = as(hr, () -> runs.compute(MONTH, List.of(new PayInputs.Group(team, "八组", Money.of("50000.00"),
                Money.of("40000.00"), Map.of(a1.id(), 31, a2.id(), 31, a3.id(), 31))), List.of(agent(a1),
                        agent(a2), agent(a3))));

        api.call(manager, get("/api/v1/pay/runs").param("month", MONTH.toString()))
                .andExpect(jsonPath("$[0].id").value(run.getId())).andExpect(jsonPath("$[0].status").value("COMPUTED"))
                .andExpect(jsonPath("$[0].total").value(10000.00));
        api.call(hr, get("/api/v1/pay/runs/{id}", run.getId())).andExpect(status().isOk())
                .andExpect(header().string("ETag", ExpectedVersion.etag(run.getVersion())));
        api.call(hr, get("/api/v1/pay/runs/{id}/lines", run.getId()).param("size", "2"))
                .andExpect(jsonPath("$.totalElements").value(3)).andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].userId").value(a1.id()))
                .andExpect(jsonPath("$.content[0].components[?(@.kind == 'COMMISSION')].amount").value(333.34))
                .andExpect(jsonPath("$.content[0].components[?(@.kind == 'COMMISSION')].basisKey")
                        .value("pay.basis.commission"));
        api.call(a1, get("/api/v1/pay/runs").param("month", MONTH.toString())).andExpect(status().isForbidden());
        api.call(a1, get("/api/v1/pay/runs/{id}/lines", run.getId())).andExpect(status().isForbidden());
        api.call(a1, get("/api/v1/pay/me").param("month", MONTH.toString())).andExpect(status().isNotFound());

        api.call(hr, post("/api/v1/pay/runs/{id}/review", run.getId())).andExpect(status().isUnprocessableContent());
        api.call(hr, post("/api/v1/pay/runs/{id}/review", run.getId())
                .header("If-Match", ExpectedVersion.etag(run.getVersion() + 1))).andExpect(status().isConflict());
        api.call(hr, post("/api/v1/pay/runs/{id}/review", run.getId())
                .header("If-Match", ExpectedVersion.etag(run.getVersion()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"));
        long reviewed = as(hr, () -> runs.get(run.getId())).getVersion();
        api.call(hr, post("/api/v1/pay/runs/{id}/approve", run.getId())
                .header("If-Match", ExpectedVersion.etag(reviewed))).andExpect(status().isForbidden());
        api.call(manager, Api.json(post("/api/v1/pay/runs/{id}/approve", run.getId()), "{\"version\":%d}".formatted(reviewed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        long approved = as(hr, () -> runs.get(run.getId())).getVersion();
        api.call(hr, post("/api/v1/pay/runs/{id}/lock", run.getId()).header("If-Match", ExpectedVersion.etag(approved)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LOCKED"));
        long locked = as(hr, () -> runs.get(run.getId())).getVersion();
        api.call(hr, delete("/api/v1/pay/runs/{id}", run.getId()).header("If-Match", ExpectedVersion.etag(locked)))
                .andExpect(status().isConflict());

        api.call(a1, get("/api/v1/pay/me").param("month", MONTH.toString())).andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(a1.id())).andExpect(jsonPath("$.total").value(3333.34));
        api.call(a2, get("/api/v1/pay/me").param("month", MONTH.toString()))
                .andExpect(jsonPath("$.userId").value(a2.id())).andExpect(jsonPath("$.total").value(3333.33));
    }

    @Test
    void computingNeedsTheMonthAndTheRightRoleAndAnOpenRunCanBeDiscarded() throws Exception {
        api.call(hr, Api.json(post("/api/v1/pay/runs"), "{}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        api.call(manager, Api.json(post("/api/v1/pay/runs"), "{\"month\":\"2020-09\"}")).andExpect(status().isForbidden());
        api.call(a1, Api.json(post("/api/v1/pay/runs"), "{\"month\":\"2020-09\"}")).andExpect(status().isForbidden());

        YearMonth month = YearMonth.of(2020, 9);
        PayRun run = as(hr, () -> runs.compute(month, List.of(new PayInputs.Group(team, "八组", Money.of("1000.00"),
                Money.of("40000.00"), Map.of(a1.id(), 30))), List.of(agent(a1))));
        api.call(hr, delete("/api/v1/pay/runs/{id}", run.getId()).header("If-Match", ExpectedVersion.etag(run.getVersion())))
                .andExpect(status().isNoContent());
        api.call(hr, get("/api/v1/pay/runs/{id}", run.getId())).andExpect(status().isNotFound());
    }

    private PayInputs.Employee agent(SignedInUser u) {
        return new PayInputs.Employee(u.id(), team, Money.of("2500"), PayKind.AGENT, StaffLevel.STAFF, false, 0,
                null, null, null, 0, 0, BigDecimal.ZERO, 0, null);
    }

}
