package csms.order;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.order.internal.OrderReturnRepository;
import csms.order.internal.ShopOrderRepository;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.ReportPeriod;
import csms.system.OrganisationSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Net sales (PAY-2), the read facade for pay: a group's (or an agent's) order amounts minus returns, exchanges and
 * prepaid shipping for a period — by default a calendar month, 1st to last day. An order counts on its order date,
 * a return or exchange on its own date (ADR 0020). Aggregated in SQL, one grouped query per table, on the indexes
 * {@code (department_id, order_date)} and {@code (department_id, return_date)}. Seen by supervisors (their groups),
 * department managers and above, and HR; not by agents.
 */
@Service
public class NetSales {

    /** The longest period a figure may cover. */
    public static final int MAX_DAYS = 366;
    private static final Sort ORDER_ROWS = Sort.by("orderDate", "id");
    private static final Sort RETURN_ROWS = Sort.by("returnDate", "id");

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final ShopOrderRepository orders;
    private final OrderReturnRepository returns;
    private final Departments departments;
    private final UserAccounts users;
    private final OrganisationSettings organisation;
    private final Clock clock;

    NetSales(JdbcClient jdbc, OrderLedger ledger, ShopOrderRepository orders, OrderReturnRepository returns,
            Departments departments, UserAccounts users, OrganisationSettings organisation, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.orders = orders;
        this.returns = returns;
        this.departments = departments;
        this.users = users;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The current calendar month in the organisation's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(organisation.zone()));
    }

    /** A group's net sales for a calendar month, with its components. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public NetSalesFigure of(long departmentId, YearMonth month) {
        return ofGroup(departmentId, month.atDay(1), month.atEndOfMonth());
    }

    /** A group's net sales for any period of up to {@value #MAX_DAYS} days. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public NetSalesFigure ofGroup(long departmentId, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.of(from, to, MAX_DAYS);
        requireGroup(departmentId);
        return figures(Key.GROUP, departmentId, period).getOrDefault(departmentId,
                NetSalesFigure.empty(departmentId, null, period.from(), period.to()));
    }

    /** An agent's net sales for a calendar month (the orders credited to them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public NetSalesFigure ofAgent(long agentId, YearMonth month) {
        ReportPeriod period = new ReportPeriod(month.atDay(1), month.atEndOfMonth());
        requireAgent(agentId);
        return figures(Key.AGENT, agentId, period).getOrDefault(agentId,
                NetSalesFigure.empty(null, agentId, period.from(), period.to()));
    }

    /** Every group the user sees (all departments, a group without orders at zero) for a month, by group name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public List<GroupNetSales> byGroup(YearMonth month) {
        OrderAccess access = ledger.access();
        ReportPeriod period = new ReportPeriod(month.atDay(1), month.atEndOfMonth());
        Map<Long, NetSalesFigure> figures = figures(Key.GROUP, null, period);
        List<GroupNetSales> lines = new ArrayList<>();
        for (Department d : departments.all()) {
            if (access.seesGroup(d.getId())) {
                lines.add(new GroupNetSales(d.getId(), d.getName(), figures.getOrDefault(d.getId(),
                        NetSalesFigure.empty(d.getId(), null, period.from(), period.to()))));
            }
        }
        return lines;
    }

    /** The rows behind one component of a group's monthly figure, by date; they sum to the figure. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<NetSalesLine> rows(long departmentId, YearMonth month, NetSalesPart part, PageQuery page) {
        requireGroup(departmentId);
        return lines(Key.GROUP, departmentId, month, part, page);
    }

    /** The rows behind one component of an agent's monthly figure. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<NetSalesLine> agentRows(long agentId, YearMonth month, NetSalesPart part, PageQuery page) {
        requireAgent(agentId);
        return lines(Key.AGENT, agentId, month, part, page);
    }

    private Page<NetSalesLine> lines(Key key, long id, YearMonth month, NetSalesPart part, PageQuery page) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        if (part == NetSalesPart.RETURNS || part == NetSalesPart.EXCHANGES) {
            Pageable p = PageRequest.of(page.page(), page.size(), RETURN_ROWS);
            return returnLines(part, key == Key.GROUP ? returns.ofGroup(id, kind(part), from, to, p)
                    : returns.ofAgent(id, kind(part), from, to, p));
        }
        Pageable p = PageRequest.of(page.page(), page.size(), ORDER_ROWS);
        return orderLines(part, key == Key.GROUP ? orders.ofGroup(id, from, to, part.name(), p)
                : orders.ofAgent(id, from, to, part.name(), p));
    }

    private Page<NetSalesLine> orderLines(NetSalesPart part, Page<ShopOrder> found) {
        Map<Long, String> names = agentNames(found.getContent().stream().map(ShopOrder::getAgentId).toList());
        return found.map(o -> new NetSalesLine(part, o.getId(), o.getShop(), o.getOrderNo(), o.getOrderDate(),
                null, null, names.get(o.getAgentId()), switch (part) {
                    case SHIPPING -> o.getShipping();
                    case POINTS -> o.getCommissionPoints();
                    default -> o.getAmount();
                }));
    }

    private Page<NetSalesLine> returnLines(NetSalesPart part, Page<OrderReturn> found) {
        Map<Long, ShopOrder> byId = orders.findAllById(found.getContent().stream().map(OrderReturn::getOrderId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ShopOrder::getId, o -> o));
        Map<Long, String> names = agentNames(found.getContent().stream().map(OrderReturn::getAgentId).toList());
        return new PageImpl<>(found.getContent().stream().map(r -> new NetSalesLine(part, r.getOrderId(),
                r.getShop(), byId.get(r.getOrderId()).getOrderNo(), r.getReturnDate(), r.getReturnNo(),
                r.getReason(), names.get(r.getAgentId()), r.getAmount())).toList(), found.getPageable(),
                found.getTotalElements());
    }

    private Map<Long, String> agentNames(List<Long> ids) {
        return users.byIds(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    private void requireGroup(long departmentId) {
        OrderAccess access = ledger.access();
        if (!access.seesNetSales()) {
            throw new AccessDeniedException("netsales");
        }
        departments.get(departmentId);
        if (!access.seesGroup(departmentId)) {
            throw new NotFoundException("Department", departmentId);
        }
    }

    private void requireAgent(long agentId) {
        OrderAccess access = ledger.access();
        UserAccount agent = users.get(agentId);
        boolean sees = access.all() || agentId == access.agentId() && access.seesNetSales()
                || agent.getDepartmentId() != null && access.groups().contains(agent.getDepartmentId());
        if (!sees) {
            throw new NotFoundException("User", agentId);
        }
    }

    private static ReturnKind kind(NetSalesPart part) {
        return part == NetSalesPart.EXCHANGES ? ReturnKind.EXCHANGE : ReturnKind.RETURN;
    }

    /** Figures by group or agent for the period: one grouped query on orders, one on returns. */
    private Map<Long, NetSalesFigure> figures(Key key, Long id, ReportPeriod period) {
        String where = id == null ? "" : " and " + key.column + " = :id";
        Map<Long, Sums> sums = new HashMap<>();
        var orderQuery = jdbc.sql("select " + key.column + " as k, sum(amount) as a, sum(shipping) as s,"
                + " sum(commission_points) as p, count(*) as n from shop_order"
                + " where order_date >= :from and order_date <= :to and " + key.column + " is not null" + where
                + " group by " + key.column).param("from", period.from()).param("to", period.to());
        if (id != null) {
            orderQuery = orderQuery.param("id", id);
        }
        orderQuery.query((rs, n) -> {
            Sums s = sums.computeIfAbsent(rs.getLong("k"), k -> new Sums());
            s.orders = rs.getBigDecimal("a");
            s.shipping = rs.getBigDecimal("s");
            s.points = rs.getBigDecimal("p");
            s.orderCount = rs.getLong("n");
            return null;
        }).list();
        var returnQuery = jdbc.sql("select " + key.column + " as k, kind, sum(amount) as a, count(*) as n"
                + " from order_return where return_date >= :from and return_date <= :to and " + key.column
                + " is not null" + where + " group by " + key.column + ", kind")
                .param("from", period.from()).param("to", period.to());
        if (id != null) {
            returnQuery = returnQuery.param("id", id);
        }
        returnQuery.query((rs, n) -> {
            Sums s = sums.computeIfAbsent(rs.getLong("k"), k -> new Sums());
            if (ReturnKind.EXCHANGE.name().equals(rs.getString("kind"))) {
                s.exchanges = rs.getBigDecimal("a");
                s.exchangeCount = rs.getLong("n");
            } else {
                s.returns = rs.getBigDecimal("a");
                s.returnCount = rs.getLong("n");
            }
            return null;
        }).list();
        Map<Long, NetSalesFigure> figures = new HashMap<>();
        sums.forEach((k, s) -> figures.put(k, new NetSalesFigure(key == Key.GROUP ? k : null,
                key == Key.AGENT ? k : null, period.from(), period.to(), money(s.orders), money(s.shipping),
                money(s.points), money(s.returns), money(s.exchanges), s.orderCount, s.returnCount,
                s.exchangeCount)));
        return figures;
    }

    private static Money money(BigDecimal sum) {
        return sum == null ? Money.ZERO : new Money(sum);
    }

    /** Which column a figure is for. */
    private enum Key {
        GROUP("department_id"),
        AGENT("agent_id");

        final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private static final class Sums {
        BigDecimal orders;
        BigDecimal shipping;
        BigDecimal points;
        BigDecimal returns;
        BigDecimal exchanges;
        long orderCount;
        long returnCount;
        long exchangeCount;
    }

    /** One group's line of the monthly net sales page. */
    public record GroupNetSales(long departmentId, String name, NetSalesFigure figure) {
    }
}
