package csms.order;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order ledger over REST (ORD-1, PAY-2): a supervisor enters an order (a taken number → 422 on its field),
 * changes it with the version (stale → 409), adds a return; an agent of another group gets 404 and no write access;
 * an import reports its bad row and the same file again adds nothing; the month's net sales of the group add up.
 */
@IntegrationTest
class OrderApiIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    Api api;

    long group;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser outsider;
    final String shop = "API店" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @BeforeEach
    void users() {
        api = new Api(mvc);
        group = fixtures.department();
        supervisor = fixtures.user(group, Role.SUPERVISOR);
        agent = fixtures.user(group, Role.AGENT);
        outsider = fixtures.user(fixtures.department(), Role.AGENT);
    }

    @Test
    void aSupervisorEntersChangesAndReturnsAnOrderAndOthersSeeWhatTheyMay() throws Exception {
        String order = """
                {"shop":"%s","orderNo":"A-1","orderDate":"2025-07-03","buyerName":"钱七","agentId":%d,
                 "departmentId":%d,"amount":1000.00,"shipping":20.00}""".formatted(shop, agent.id(), group);
        String created = api.call(supervisor, Api.json(post("/api/v1/orders"), order)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.order.orderNo").value("A-1")).andExpect(jsonPath("$.order.amount").value(1000.0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.order.id")).longValue();
        int version = JsonPath.read(created, "$.order.version");
        api.call(supervisor, Api.json(post("/api/v1/orders"), order)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("orderNo"));
        api.call(agent, Api.json(post("/api/v1/orders"), order)).andExpect(status().isForbidden());

        String changed = order.replace("1000.00", "1200.00");
        api.call(supervisor, Api.json(put("/api/v1/orders/{id}", id), changed)
                .header("If-Match", ExpectedVersion.etag(version + 1))).andExpect(status().isConflict());
        api.call(supervisor, Api.json(put("/api/v1/orders/{id}", id), changed).header("If-Match", ExpectedVersion.etag(version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.order.amount").value(1200.0));
        api.call(supervisor, Api.json(post("/api/v1/orders/{id}/returns", id), """
                {"returnNo":"AR-1","kind":"RETURN","amount":200.00,"date":"2025-07-09","reason":"质量问题"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.returns[0].returnNo").value("AR-1"))
                .andExpect(jsonPath("$.order.returnCount").value(1));
        api.call(supervisor, Api.json(post("/api/v1/orders/{id}/returns", id), """
                {"returnNo":"AR-2","kind":"EXCHANGE","amount":1000.01,"date":"2025-07-10"}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1000.00")));

        api.call(agent, get("/api/v1/orders/{id}", id)).andExpect(status().isOk())
                .andExpect(header().exists("ETag")).andExpect(jsonPath("$.mayEdit").value(false));
        api.call(outsider, get("/api/v1/orders/{id}", id)).andExpect(status().isNotFound());
        api.call(agent, get("/api/v1/orders").param("shop", shop).param("hasReturns", "true"))
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].id").value(id));
        api.call(outsider, get("/api/v1/orders").param("shop", shop)).andExpect(jsonPath("$.totalElements").value(0));

        api.call(supervisor, get("/api/v1/orders/net-sales").param("month", "2025-07"))
                .andExpect(jsonPath("$[?(@.departmentId == %d)].net".formatted(group)).value(hasItem(980.0)));
        api.call(agent, get("/api/v1/orders/net-sales").param("month", "2025-07")).andExpect(status().isForbidden());
    }

    @Test
    void anImportReportsItsBadRowAndTheSameFileAgainAddsNothing() throws Exception {
        String csv = "\uFEFF店铺,订单编号,下单时间,客服工号,实付金额\n" + shop + ",I-1,2025-06-01," + agent.agentNumber()
                + ",10\n" + shop + ",I-2,2025-13-45," + agent.agentNumber() + ",20\n";
        MockMultipartFile file = new MockMultipartFile("file", "orders.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        api.call(supervisor, multipart("/api/v1/orders/import").file(file)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRows").value(2)).andExpect(jsonPath("$.importedCount").value(1))
                .andExpect(jsonPath("$.rejected[0].row").value(3));
        api.call(supervisor, multipart("/api/v1/orders/import").file(file)).andExpect(status().isOk());
        api.call(supervisor, get("/api/v1/orders").param("shop", shop)).andExpect(jsonPath("$.totalElements").value(1));
        api.call(agent, multipart("/api/v1/orders/import").file(file)).andExpect(status().isForbidden());
    }

}
