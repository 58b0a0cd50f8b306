package csms.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.identity.SignedInUser;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportResult;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order ledger and net sales (ORD-1, PAY-2): import with a bad row, idempotent re-import of orders and returns,
 * net sales of a month computed by hand to the fen with the date rule, drill-down rows summing to each figure, and
 * who sees what.
 */
@IntegrationTest
class OrderLedgerIT {

    static final YearMonth MONTH = YearMonth.of(2025, 6);

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrderLedger ledger;
    @Autowired
    OrderReturns orderReturns;
    @Autowired
    OrderImport imports;
    @Autowired
    NetSales netSales;
    @Autowired
    JdbcClient jdbc;

    long group;
    long otherGroup;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser colleague;
    SignedInUser hr;
    final String shop = "天猫旗舰店" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @BeforeEach
    void users() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        group = fixtures.department();
        otherGroup = fixtures.department();
        supervisor = fixtures.user(group, Role.SUPERVISOR);
        agent = fixtures.user(group, Role.AGENT);
        colleague = fixtures.user(group, Role.AGENT);
        hr = fixtures.user(Role.HR);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    static byte[] csv(List<String> lines) {
        return ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    ImportResult importOrders(byte[] file) {
        return Fixtures.as(supervisor, () -> imports.orders(ImportMode.VALID_ONLY, new ByteArrayInputStream(file),
                "orders.csv"));
    }

    ImportResult importReturns(byte[] file) {
        return Fixtures.as(supervisor, () -> imports.returns(ImportMode.VALID_ONLY, new ByteArrayInputStream(file),
                "returns.csv"));
    }

    long countOrders() {
        return jdbc.sql("select count(*) from shop_order where shop = :shop").param("shop", shop)
                .query(Long.class).single();
    }

    long countReturns() {
        return jdbc.sql("select count(*) from order_return where shop = :shop").param("shop", shop)
                .query(Long.class).single();
    }

    byte[] ordersFile(String badAmount) {
        return csv(List.of("店铺,订单编号,下单时间,买家会员名,客服工号,实付金额,平台扣点,运费",
                shop + ",A-1001,2025-06-03 10:15:00,张三," + agent.agentNumber() + ",1200.50,60.03,12.00",
                shop + ",A-1002,2025-06-04,李四," + agent.agentNumber() + "," + badAmount + ",0,0",
                shop + ",A-1003,2025/06/05,王五," + colleague.agentNumber() + ",300,15,8.5"));
    }

    @Test
    void importKeepsTheGoodRowsAndReportsTheBadOneByRowAndColumn() {
        ImportResult result = importOrders(ordersFile("一千元"));

        assertThat(result.totalRows()).isEqualTo(3);
        assertThat(result.importedCount()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(3));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("一千元"));
        assertThat(countOrders()).isEqualTo(2);
        var page = Fixtures.as(supervisor, () -> ledger.page(new OrderFilter(null, shop, null, null, null, null,
                null), PageQuery.of(0, 10, "orderNo")));
        assertThat(page.getContent()).extracting(OrderRow::orderNo).containsExactly("A-1001", "A-1003");
        OrderRow first = page.getContent().get(0);
        assertThat(first.orderDate()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(first.amount()).isEqualTo(Money.of("1200.50"));
        assertThat(first.commissionPoints()).isEqualTo(Money.of("60.03"));
        assertThat(first.shipping()).isEqualTo(Money.of("12"));
        assertThat(first.agentId()).isEqualTo(agent.id());
        assertThat(first.departmentId()).as("credited to the agent's group").isEqualTo(group);
    }

    @Test
    void importingTheSameFilesTwiceCreatesNoDuplicatesAndChangesNothing() {
        byte[] orders = ordersFile("800");
        byte[] returns = csv(List.of("店铺,退款编号,订单编号,售后类型,退款金额,退款时间,退款原因",
                shop + ",R-1," + "A-1001,退货退款,200.50,2025-06-10,尺码不合适",
                shop + ",R-2," + "A-1003,换货,100,2025-06-12 09:00:00,颜色"));
        assertThat(importOrders(orders).importedCount()).isEqualTo(3);
        assertThat(importReturns(returns).importedCount()).isEqualTo(2);
        List<Long> versions = jdbc.sql("select version from shop_order where shop = :shop order by order_no")
                .param("shop", shop).query(Long.class).list();

        ImportResult again = importOrders(orders);
        ImportResult returnsAgain = importReturns(returns);

        assertThat(again.rejected()).isEmpty();
        assertThat(returnsAgain.rejected()).isEmpty();
        assertThat(countOrders()).isEqualTo(3);
        assertThat(countReturns()).isEqualTo(2);
        assertThat(jdbc.sql("select version from shop_order where shop = :shop order by order_no")
                .param("shop", shop).query(Long.class).list()).as("unchanged rows are not written")
                .isEqualTo(versions);
        assertThat(jdbc.sql("select return_count from shop_order where shop = :shop and order_no = 'A-1001'")
                .param("shop", shop).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reImportWithAChangedAmountUpdatesTheSameOrder() {
        importOrders(ordersFile("800"));
        importOrders(ordersFile("850.25"));
        assertThat(countOrders()).isEqualTo(3);
        assertThat(jdbc.sql("select amount from shop_order where shop = :shop and order_no = 'A-1002'")
                .param("shop", shop).query(BigDecimal.class).single()).isEqualByComparingTo("850.25");
    }

    /** Orders, returns and an exchange around June 2025 whose net sales are worked out by hand below. */
    void knownMonth() {
        Fixtures.as(supervisor, () -> {
            // In June: three orders of the group (two credited to the agent, one to the group only).
            ShopOrder a = ledger.create(order("N-1", LocalDate.of(2025, 6, 1), agent.id(), null, "1000.00", "50.00",
                    "10.00"));
            ShopOrder b = ledger.create(order("N-2", LocalDate.of(2025, 6, 15), agent.id(), null, "2345.67", "117.28",
                    "0"));
            ledger.create(order("N-3", LocalDate.of(2025, 6, 30), null, group, "99.99", "0", "12.34"));
            // May: not in June's figures, but its return on June 2 is (a return counts on its own date).
            ShopOrder may = ledger.create(order("N-0", LocalDate.of(2025, 5, 31), agent.id(), null, "500.00", "25",
                    "8"));
            orderReturns.add(may.getId(), new ReturnInput("R-0", ReturnKind.RETURN, new BigDecimal("120.00"),
                    LocalDate.of(2025, 6, 2), "破损"));
            // June returns and an exchange.
            orderReturns.add(a.getId(), new ReturnInput("R-1", ReturnKind.RETURN, new BigDecimal("200.01"),
                    LocalDate.of(2025, 6, 20), "不喜欢"));
            orderReturns.add(b.getId(), new ReturnInput("X-1", ReturnKind.EXCHANGE, new BigDecimal("345.67"),
                    LocalDate.of(2025, 6, 25), "换尺码"));
            // July: a return of a June order counts in July, not in June.
            orderReturns.add(b.getId(), new ReturnInput("R-2", ReturnKind.RETURN, new BigDecimal("100.00"),
                    LocalDate.of(2025, 7, 1), "迟到的退货"));
            return null;
        });
    }

    OrderInput order(String number, LocalDate date, Long agentId, Long departmentId, String amount, String points,
            String shipping) {
        return new OrderInput(shop, number, date, null, null, "买家" + number, agentId, departmentId,
                new BigDecimal(amount), new BigDecimal(points), new BigDecimal(shipping), null, null);
    }

    @Test
    void netSalesOfAMonthMatchTheHandComputationToTheFen() {
        knownMonth();

        NetSalesFigure june = Fixtures.as(hr, () -> netSales.of(group, MONTH));

        // Orders 1000.00 + 2345.67 + 99.99 = 3445.66; shipping 10.00 + 0 + 12.34 = 22.34;
        // returns 120.00 (May's order, returned June 2) + 200.01 = 320.01; exchange 345.67; points 167.28 kept in.
        assertThat(june.orders()).isEqualTo(Money.of("3445.66"));
        assertThat(june.shipping()).isEqualTo(Money.of("22.34"));
        assertThat(june.commissionPoints()).isEqualTo(Money.of("167.28"));
        assertThat(june.returns()).isEqualTo(Money.of("320.01"));
        assertThat(june.exchanges()).isEqualTo(Money.of("345.67"));
        // 3445.66 − 320.01 − 345.67 − 22.34 = 2757.64
        assertThat(june.net()).isEqualTo(Money.of("2757.64"));
        assertThat(june.orderCount()).isEqualTo(3);
        assertThat(june.returnCount()).isEqualTo(2);
        assertThat(june.exchangeCount()).isEqualTo(1);

        NetSalesFigure agentJune = Fixtures.as(supervisor, () -> netSales.ofAgent(agent.id(), MONTH));
        // The agent's: 1000.00 + 2345.67 − 320.01 − 345.67 − 10.00 = 2669.99 (N-3 is the group's only).
        assertThat(agentJune.net()).isEqualTo(Money.of("2669.99"));
        NetSalesFigure july = Fixtures.as(hr, () -> netSales.of(group, YearMonth.of(2025, 7)));
        assertThat(july.orders()).isEqualTo(Money.ZERO);
        assertThat(july.returns()).isEqualTo(Money.of("100.00"));
        assertThat(july.net()).isEqualTo(Money.of("-100.00"));
    }

    @Test
    void theRowsBehindEveryFigureSumToIt() {
        knownMonth();
        NetSalesFigure june = Fixtures.as(hr, () -> netSales.of(group, MONTH));
        for (NetSalesPart part : NetSalesPart.values()) {
            List<NetSalesLine> all = new ArrayList<>();
            int page = 0;
            while (true) {
                int p = page;
                var slice = Fixtures.as(hr, () -> netSales.rows(group, MONTH, part, PageQuery.of(p, 2, null)));
                all.addAll(slice.getContent());
                if (!slice.hasNext()) {
                    break;
                }
                page++;
            }
            Money sum = all.stream().map(NetSalesLine::amount).reduce(Money.ZERO, Money::plus);
            assertThat(sum).as(part.name()).isEqualTo(june.part(part));
        }
        var returns = Fixtures.as(hr, () -> netSales.rows(group, MONTH, NetSalesPart.RETURNS, PageQuery.of(0, 10,
                null)));
        assertThat(returns.getContent()).extracting(NetSalesLine::returnNo).containsExactly("R-0", "R-1");
        assertThat(returns.getContent()).extracting(NetSalesLine::orderNo).containsExactly("N-0", "N-1");
    }

    @Test
    void anAgentSeesOnlyTheOrdersCreditedToThem() {
        knownMonth();
        ShopOrder theirs = Fixtures.as(supervisor, () -> ledger.create(order("C-1", LocalDate.of(2025, 6, 3),
                colleague.id(), null, "10", "0", "0")));

        var page = Fixtures.as(agent, () -> ledger.page(new OrderFilter(null, shop, null, null, null, null, null),
                PageQuery.of(0, 50, null)));

        assertThat(page.getContent()).extracting(OrderRow::orderNo).containsExactlyInAnyOrder("N-0", "N-1", "N-2");
        assertThat(page.getContent()).allSatisfy(r -> assertThat(r.agentId()).isEqualTo(agent.id()));
        assertThatThrownBy(() -> Fixtures.as(agent, () -> ledger.get(theirs.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(agent, () -> netSales.of(group, MONTH)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var withReturns = Fixtures.as(supervisor, () -> ledger.page(new OrderFilter(null, shop, null, null, null,
                null, true), PageQuery.of(0, 50, null)));
        assertThat(withReturns.getContent()).extracting(OrderRow::orderNo)
                .containsExactlyInAnyOrder("N-0", "N-1", "N-2");
    }

    @Test
    void aSupervisorSeesNeitherTheOrdersNorTheNetSalesOfAnotherGroup() {
        knownMonth();
        SignedInUser stranger = fixtures.user(otherGroup, Role.SUPERVISOR);

        var page = Fixtures.as(stranger, () -> ledger.page(new OrderFilter(null, shop, null, null, null, null,
                null), PageQuery.of(0, 50, null)));

        assertThat(page.getContent()).isEmpty();
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> netSales.of(group, MONTH)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(stranger, () -> netSales.byGroup(MONTH))).extracting(NetSales.GroupNetSales::departmentId)
                .containsExactly(otherGroup);
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> ledger.create(order("S-1", LocalDate.of(2025, 6, 3),
                null, group, "10", "0", "0")))).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "departmentId");
    }

    @Test
    void aChangeOnAnOldVersionIsRefusedAndTheCreditFollowsToTheReturns() {
        knownMonth();
        long id = jdbc.sql("select id from shop_order where shop = :shop and order_no = 'N-1'").param("shop", shop)
                .query(Long.class).single();
        long seen = jdbc.sql("select version from shop_order where id = :id").param("id", id).query(Long.class)
                .single();
        ShopOrder moved = Fixtures.as(supervisor, () -> ledger.update(id, new OrderInput(shop, "N-1",
                LocalDate.of(2025, 6, 1), null, null, "买家N-1", colleague.id(), null, new BigDecimal("1000.00"),
                new BigDecimal("50.00"), new BigDecimal("10.00"), null, seen)));
        assertThat(moved.getAgentId()).isEqualTo(colleague.id());
        assertThat(jdbc.sql("select agent_id from order_return where shop = :shop and return_no = 'R-1'")
                .param("shop", shop).query(Long.class).single()).isEqualTo(colleague.id());

        assertThatThrownBy(() -> Fixtures.as(supervisor, () -> ledger.update(id, new OrderInput(shop, "N-1",
                LocalDate.of(2025, 6, 1), null, null, null, agent.id(), null, new BigDecimal("1"), null, null, null,
                seen)))).isInstanceOf(csms.shared.ConflictException.class);
    }
}
