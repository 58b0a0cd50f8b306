package csms.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The ledger's pages: the form with validation and versions, returns, list, export, import, net sales, access. */
@IntegrationTest
class OrderPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    long group;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser hr;
    final String shop = "京东店" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @BeforeEach
    void users() {
        group = fixtures.department();
        supervisor = fixtures.user(group, Role.SUPERVISOR);
        agent = fixtures.user(group, Role.AGENT);
        hr = fixtures.user(Role.HR);
    }

    String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSupervisorEntersAnOrderAndAReturnThroughTheForms() throws Exception {
        String refused = body(mvc.perform(post("/orders").with(Fixtures.as(supervisor)).with(csrf())
                .param("shop", shop).param("orderNo", "W-1").param("orderDate", "2025-06-03")
                .param("agentId", String.valueOf(agent.id())).param("amount", "12.345"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("value=\"12.345\"", "金额须在 0 至 100,000,000 元之间");

        mvc.perform(post("/orders").with(Fixtures.as(supervisor)).with(csrf()).param("shop", shop)
                .param("orderNo", "W-1").param("orderDate", "2025-06-03").param("buyerName", "赵六")
                .param("agentId", String.valueOf(agent.id())).param("amount", "188.80").param("shipping", "6"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from shop_order where shop = :shop").param("shop", shop).query(Long.class)
                .single();
        mvc.perform(post("/orders/{id}/returns", id).with(Fixtures.as(supervisor)).with(csrf())
                .param("returnNo", "WR-1").param("kind", "RETURN").param("amount", "88.80")
                .param("date", "2025-06-09").param("reason", "质量问题")).andExpect(status().is3xxRedirection());

        String view = body(mvc.perform(get("/orders/{id}", id).with(Fixtures.as(agent))).andExpect(status().isOk()));
        assertThat(view).contains("W-1", "赵六", "188.80", "WR-1", "质量问题");
        assertThat(view).as("an agent cannot add returns").doesNotContain("id=\"return-form\"");

        String stale = body(mvc.perform(post("/orders/{id}", id).with(Fixtures.as(supervisor)).with(csrf())
                .param("shop", shop).param("orderNo", "W-1").param("orderDate", "2025-06-03")
                .param("agentId", String.valueOf(agent.id())).param("amount", "200").param("version", "0"))
                .andExpect(status().isConflict()));
        assertThat(stale).contains("value=\"200\"");

        String list = body(mvc.perform(get("/orders").param("shop", shop).param("hasReturns", "true")
                .with(Fixtures.as(agent))).andExpect(status().isOk()));
        assertThat(list).contains("data-order=\"W-1\"");
        var export = mvc.perform(get("/orders/export").param("shop", shop).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn();
        export.getAsyncResult();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
    }

    @Test
    void theImportPageReportsTheBadRow() throws Exception {
        String csv = "\uFEFF店铺,订单编号,下单时间,客服工号,实付金额\n" + shop + ",I-1,2025-06-01," + agent.agentNumber()
                + ",10\n" + shop + ",I-2,2025-13-45," + agent.agentNumber() + ",20\n";
        String page = body(mvc.perform(multipart("/orders/import").file(new MockMultipartFile("file", "orders.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("mode", "VALID_ONLY")
                .with(Fixtures.as(supervisor)).with(csrf())).andExpect(status().isOk()));
        assertThat(page).contains("2025-13-45");
        assertThat(jdbc.sql("select count(*) from shop_order where shop = :shop").param("shop", shop)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void netSalesPagesAreForSupervisorsAndHrNotAgents() throws Exception {
        mvc.perform(post("/orders").with(Fixtures.as(supervisor)).with(csrf()).param("shop", shop)
                .param("orderNo", "P-1").param("orderDate", "2025-06-03")
                .param("agentId", String.valueOf(agent.id())).param("amount", "1000").param("shipping", "20"))
                .andExpect(status().is3xxRedirection());

        String month = body(mvc.perform(get("/orders/net-sales").param("month", "2025-06").with(Fixtures.as(hr)))
                .andExpect(status().isOk()));
        assertThat(month).contains("data-group=\"" + group + "\"", "980.00");
        String rows = body(mvc.perform(get("/orders/net-sales/{d}", group).param("month", "2025-06")
                .param("part", "SHIPPING").with(Fixtures.as(supervisor))).andExpect(status().isOk()));
        assertThat(rows).contains("P-1", "20.00");

        mvc.perform(get("/orders/net-sales").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/orders/new").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/orders/import").with(Fixtures.as(hr))).andExpect(status().isForbidden());
        mvc.perform(get("/orders").with(Fixtures.as(agent))).andExpect(status().isOk());
    }
}
