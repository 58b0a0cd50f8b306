package csms.workforce;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Api;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Leave over REST (WFM-1): an agent applies (a day → the supervisor), the notice period and missing fields answer
 * 422 on their field, the supervisor decides with the version (stale → 409, twice → 409), nobody else reads it (404),
 * the applicant sees the decision, HR finds it in the file, the calendar shows the day away, and only a supervisor
 * reaches the queue.
 */
@IntegrationTest
class LeaveApiIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Leaves leaves;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    MockMvc mvc;
    Api api;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser colleague;
    SignedInUser hr;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        Fixtures.Team t = fixtures.team();
        team = t.id();
        supervisor = t.supervisor();
        agent = fixtures.user(team, Role.AGENT);
        colleague = fixtures.user(team, Role.AGENT);
        hr = fixtures.user(Role.HR);
    }

    @Test
    void anAgentAppliesTheSupervisorDecidesAndEveryoneSeesWhatTheyMay() throws Exception {
        LocalDate day = leaves.today().plusDays(10);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        String body = """
                {"type":"PERSONAL","reason":"家中有事","startDate":"%s","endDate":"%s"}""".formatted(day, day);
        String created = api.call(agent, Api.json(post("/api/v1/leave"), body)).andExpect(status().isCreated())
                .andExpect(header().exists("Location")).andExpect(jsonPath("$.approverLevel").value("SUPERVISOR"))
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.workingDays").value(1.0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        int version = JsonPath.read(created, "$.version");

        api.call(agent, Api.json(post("/api/v1/leave"), """
                {"type":"PERSONAL","reason":"明天","startDate":"%s","endDate":"%s"}""".formatted(leaves.today(),
                leaves.today()))).andExpect(status().isUnprocessableContent()) // urgent leave is allowed by default
                .andExpect(jsonPath("$.errors[0].field").value("urgentReason"));
        api.call(agent, Api.json(post("/api/v1/leave"), "{\"reason\":\"x\",\"startDate\":\"%s\",\"endDate\":\"%s\"}"
                .formatted(day.plusDays(7), day.plusDays(7)))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));

        api.call(colleague, get("/api/v1/leave/{id}", id)).andExpect(status().isNotFound());
        api.call(agent, get("/api/v1/leave/queue")).andExpect(status().isForbidden());
        api.call(supervisor, get("/api/v1/leave/queue")).andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
        api.call(supervisor, get("/api/v1/leave/{id}", id)).andExpect(status().isOk())
                .andExpect(header().string("ETag", ExpectedVersion.etag(version)));

        api.call(supervisor, Api.json(post("/api/v1/leave/{id}/decision", id), "{\"approve\":true}")
                .header("If-Match", ExpectedVersion.etag(version + 1))).andExpect(status().isConflict());
        api.call(supervisor, Api.json(post("/api/v1/leave/{id}/decision", id), "{\"version\":%d}".formatted(version)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("approve"));
        api.call(agent, Api.json(post("/api/v1/leave/{id}/decision", id), "{\"approve\":true,\"version\":%d}"
                .formatted(version))).andExpect(status().isForbidden());
        api.call(supervisor, Api.json(post("/api/v1/leave/{id}/decision", id), "{\"approve\":true,\"note\":\"同意\"}")
                .header("If-Match", ExpectedVersion.etag(version))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(supervisor.displayName()));
        api.call(supervisor, Api.json(post("/api/v1/leave/{id}/decision", id), "{\"approve\":false,\"version\":%d}"
                .formatted(version + 1))).andExpect(status().isConflict());
        api.call(supervisor, get("/api/v1/leave/queue")).andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) id))));

        api.call(agent, get("/api/v1/leave/mine")).andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].status").value("APPROVED"));
        api.call(hr, get("/api/v1/leave/decisions").param("departmentId", String.valueOf(team))
                .param("status", "APPROVED")).andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
        api.call(agent, get("/api/v1/leave/decisions")).andExpect(status().isForbidden());
        api.call(colleague, get("/api/v1/leave/calendar").param("departmentId", String.valueOf(team))
                .param("month", day.toString().substring(0, 7))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.userId == %d)].halvesAway['%s']".formatted(agent.id(), day))
                        .value(hasItem(2)));

        api.call(agent, Api.json(post("/api/v1/leave/{id}/cancel", id), "{}")).andExpect(status().isUnprocessableContent());
        api.call(agent, post("/api/v1/leave/{id}/cancel", id).header("If-Match", ExpectedVersion.etag(version + 1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

}
