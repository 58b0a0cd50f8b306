package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.Role;
import csms.testing.Api;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roster over REST (WFM-5): the supervisor reads the team's month and saves it as a whole (a second first save
 * and a stale version → 409), a shift on a day of approved leave → 422, an agent reads only their own shifts and
 * cannot save (403).
 */
@IntegrationTest
class RosterApiIT {

    static final YearMonth APRIL = YearMonth.of(2027, 4); // 1 April 2027 is a Thursday, 5 April a Monday

    @Autowired
    Fixtures fixtures;
    @Autowired
    Leaves leaves;
    @Autowired
    LeaveDecisions decisions;
    @Autowired
    MockMvc mvc;
    Api api;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        Fixtures.Team t = fixtures.team();
        team = t.id();
        supervisor = t.supervisor();
        agent = fixtures.user(team, Role.AGENT);
    }

    @Test
    void theSupervisorSavesTheMonthAndTheAgentReadsTheirShifts() throws Exception {
        String grid = api.call(supervisor, get("/api/v1/roster").param("departmentId", String.valueOf(team))
                .param("month", APRIL.toString())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").doesNotExist())
                .andExpect(jsonPath("$.people[*].id").value(hasItem((int) agent.id())))
                .andReturn().getResponse().getContentAsString();
        List<Integer> nights = JsonPath.read(grid, "$.shiftTypes[?(@.shiftClass == 'NIGHT')].id");
        long night = nights.getFirst();
        String body = """
                {"departmentId":%d,"month":"2027-04","cells":{"%d":{"2027-04-01":%d,"2027-04-02":%d}}}"""
                .formatted(team, agent.id(), night, night);

        api.call(agent, Api.json(put("/api/v1/roster"), body)).andExpect(status().isForbidden());
        api.call(supervisor, Api.json(put("/api/v1/roster"), body)).andExpect(status().isOk())
                .andExpect(header().string("ETag", ExpectedVersion.etag(0)))
                .andExpect(jsonPath("$.cells['%d']['2027-04-02']".formatted(agent.id())).value((int) night));
        api.call(supervisor, Api.json(put("/api/v1/roster"), body)).andExpect(status().isConflict()); // a second first save
        api.call(supervisor, Api.json(put("/api/v1/roster"), body).header("If-Match", ExpectedVersion.etag(5)))
                .andExpect(status().isConflict());

        api.call(agent, get("/api/v1/roster/mine").param("month", APRIL.toString()))
                .andExpect(jsonPath("$['2027-04-01'].shiftClass").value("NIGHT"))
                .andExpect(jsonPath("$['2027-04-03']").doesNotExist());

        LeaveRequest away = as(agent, () -> leaves.apply(new LeaveApplication(LeaveType.PERSONAL, "家中有事",
                new LeavePeriod(APRIL.atDay(5), HalfDay.AM, APRIL.atDay(5), HalfDay.PM), false, null)));
        as(supervisor, () -> decisions.decide(away.getId(), true, null, away.getVersion()));
        api.call(supervisor, Api.json(put("/api/v1/roster"), body.replace("\"2027-04-02\"", "\"2027-04-05\""))
                .header("If-Match", ExpectedVersion.etag(0))).andExpect(status().isUnprocessableContent());
    }

}
