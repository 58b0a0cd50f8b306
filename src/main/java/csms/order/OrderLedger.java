package csms.order;

import static csms.order.OrderFields.blank;
import static csms.order.OrderFields.money;
import static csms.order.OrderFields.text;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.order.internal.OrderReturnRepository;
import csms.order.internal.ShopOrderRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.PhoneNumber;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily order ledger 每日台账 (ORD-1): orders entered by hand or imported from a shop platform's export, shown
 * with their return and exchange lines ({@link OrderReturns}). Everyone from agent up reads it within their
 * {@link OrderAccess}; supervisors and above enter orders (a supervisor only for their groups), HR only reads.
 */
@Service
public class OrderLedger {

    public static final String SUBJECT = "Order";
    public static final Map<String, String> SORTS = Map.of("orderDate", "orderDate", "orderNo", "orderNo",
            "shop", "shop", "amount", "amount", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("orderDate"), Sort.Order.desc("id"));

    private final ShopOrderRepository orders;
    private final OrderReturnRepository returns;
    private final UserAccounts users;
    private final Departments departments;
    private final CustomerDirectory customers;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    OrderLedger(ShopOrderRepository orders, OrderReturnRepository returns, UserAccounts users,
            Departments departments, CustomerDirectory customers, OrganisationSettings organisation,
            AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.returns = returns;
        this.users = users;
        this.departments = departments;
        this.customers = customers;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the signed-in user sees and may do. */
    @Transactional(readOnly = true)
    public OrderAccess access() {
        return OrderAccess.current(departments);
    }

    /** A page of the ledger as the user may see it, newest orders first unless sorted otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    public Page<OrderRow> page(OrderFilter filter, PageQuery page) {
        return search(access(), filter, page.toPageable(SORTS, DEFAULT_SORT));
    }

    /** One slice of the ledger for an export (stable order by id). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    public Page<OrderRow> exportSlice(OrderFilter filter, Pageable pageable) {
        return search(access(), filter, pageable);
    }

    /** The shops known to the ledger (for the filter). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    public List<String> shops() {
        return orders.shops();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    public OrderDetails get(long id) {
        OrderAccess access = access();
        ShopOrder order = visible(id, access);
        return new OrderDetails(rows(List.of(order)).get(0), order.getNote(),
                returns.findByOrderIdOrderByReturnDateAscIdAsc(id), access.mayCredit(order.getDepartmentId()));
    }

    /** Enters a new order; the platform order number must be new in its shop. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ShopOrder create(OrderInput in) {
        OrderAccess access = access();
        String shop = text(in.shop(), "shop", 60, true);
        String number = text(in.orderNo(), "orderNo", 64, true);
        OrderValues values = check(in, access);
        if (orders.findByShopAndOrderNo(shop, number).isPresent()) {
            throw RuleViolation.onField("orderNo", "order.number-taken", number, shop);
        }
        ShopOrder order = new ShopOrder(shop, number, Instant.now(clock));
        order.update(values, Instant.now(clock));
        orders.saveAndFlush(order);
        audit.record("order.created", SUBJECT, order.getId(), label(order), Changes.none()
                .field("amount", null, values.amount()).field("departmentId", null, values.departmentId())
                .field("agentId", null, values.agentId()));
        return order;
    }

    /** Changes an order on the version seen (stale → 409); shop and number stay. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ShopOrder update(long id, OrderInput in) {
        OrderAccess access = access();
        ShopOrder order = visible(id, access);
        if (!access.mayCredit(order.getDepartmentId())) {
            throw new AccessDeniedException("order.update");
        }
        if (in.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(in.version(), order.getVersion(), SUBJECT, id);
        apply(order, check(in, access));
        return order;
    }

    /**
     * Saves an imported order by its key (shop and platform order number): new → created, known with the same
     * values → untouched, known with other values → changed (and audited). Returns true when something was written.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public boolean importOrder(OrderInput in) {
        OrderAccess access = access();
        String shop = text(in.shop(), "shop", 60, true);
        String number = text(in.orderNo(), "orderNo", 64, true);
        OrderValues values = check(in, access);
        ShopOrder order = orders.findByShopAndOrderNo(shop, number).orElse(null);
        if (order == null) {
            order = new ShopOrder(shop, number, Instant.now(clock));
            order.update(values, Instant.now(clock));
            orders.saveAndFlush(order);
            return true;
        }
        if (!access.mayCredit(order.getDepartmentId())) {
            throw RuleViolation.onField("orderNo", "order.not-yours", number);
        }
        if (order.values().equals(values)) {
            return false;
        }
        apply(order, values);
        return true;
    }

    private void apply(ShopOrder order, OrderValues values) {
        OrderValues before = order.values();
        order.update(values, Instant.now(clock));
        orders.saveAndFlush(order);
        if (!Objects.equals(before.departmentId(), values.departmentId())
                || !Objects.equals(before.agentId(), values.agentId())) {
            returns.findByOrderIdOrderByReturnDateAscIdAsc(order.getId())
                    .forEach(r -> r.credit(values.departmentId(), values.agentId()));
        }
        audit.record("order.updated", SUBJECT, order.getId(), label(order), Changes.none()
                .field("orderDate", before.orderDate(), values.orderDate())
                .field("customerId", before.customerId(), values.customerId())
                .field("buyerName", before.buyerName(), values.buyerName())
                .field("agentId", before.agentId(), values.agentId())
                .field("departmentId", before.departmentId(), values.departmentId())
                .field("amount", before.amount(), values.amount())
                .field("commissionPoints", before.commissionPoints(), values.commissionPoints())
                .field("shipping", before.shipping(), values.shipping())
                .field("note", before.note(), values.note()));
    }

    /** Checks an input and resolves the customer and the group credited. */
    private OrderValues check(OrderInput in, OrderAccess access) {
        if (in.orderDate() == null) {
            throw RuleViolation.onField("orderDate", "validation.required");
        }
        if (in.orderDate().isAfter(today())) {
            throw RuleViolation.onField("orderDate", "order.date-future");
        }
        Money amount = money(in.amount(), "amount", false);
        Money points = in.commissionPoints() == null ? Money.ZERO : money(in.commissionPoints(), "commissionPoints",
                false);
        Money shipping = in.shipping() == null ? Money.ZERO : money(in.shipping(), "shipping", false);
        if (points.compareTo(amount) > 0) {
            throw RuleViolation.onField("commissionPoints", "order.points-above-amount");
        }
        Long departmentId = in.departmentId();
        if (in.agentId() != null) {
            UserAccount agent;
            try {
                agent = users.get(in.agentId());
            } catch (NotFoundException e) {
                throw RuleViolation.onField("agentId", "order.agent-unknown");
            }
            if (departmentId == null) {
                departmentId = agent.getDepartmentId();
            }
        }
        if (departmentId == null) {
            throw RuleViolation.onField("departmentId", "order.department-required");
        }
        try {
            departments.get(departmentId);
        } catch (NotFoundException e) {
            throw RuleViolation.onField("departmentId", "order.department-unknown");
        }
        if (!access.mayCredit(departmentId)) {
            throw RuleViolation.onField("departmentId", "order.department-not-yours");
        }
        String buyer = text(in.buyerName(), "buyerName", 100, false);
        Long customerId = null;
        if (in.customerId() != null) {
            CustomerCard card = customers.card(in.customerId())
                    .orElseThrow(() -> RuleViolation.onField("customerId", "order.customer-unknown"));
            customerId = card.id();
            buyer = buyer == null ? card.name() : buyer;
        } else if (in.customerPhone() != null && PhoneNumber.isValid(in.customerPhone())) {
            CustomerCard card = customers.findByPhone(in.customerPhone(), 1).stream().findFirst().orElse(null);
            if (card != null) {
                customerId = card.id();
                buyer = buyer == null ? card.name() : buyer;
            }
        }
        return new OrderValues(in.orderDate(), customerId, buyer, in.agentId(), departmentId, amount, points,
                shipping, text(in.note(), "note", 500, false));
    }

    private ShopOrder visible(long id, OrderAccess access) {
        return orders.findById(id).filter(access::sees).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    private Page<OrderRow> search(OrderAccess access, OrderFilter f, Pageable pageable) {
        Page<ShopOrder> found = orders.search(access.all(), access.groupsForQuery(), access.agentId(),
                pattern(f.q()), blank(f.shop()), f.departmentId(), f.agentId(), f.from(), f.to(), f.hasReturns(),
                pageable);
        return new org.springframework.data.domain.PageImpl<>(rows(found.getContent()), pageable,
                found.getTotalElements());
    }

    /** Rows with names, the agents and groups of the whole page loaded at once. */
    List<OrderRow> rows(List<ShopOrder> list) {
        Map<Long, UserAccount> agents = users.byIds(list.stream().map(ShopOrder::getAgentId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> groupIds = new HashSet<>();
        list.forEach(o -> groupIds.add(o.getDepartmentId()));
        Map<Long, String> groups = groupIds.isEmpty() ? Map.of() : departments.all().stream()
                .filter(d -> groupIds.contains(d.getId()))
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
        Function<Long, String> agentName = id -> id == null || !agents.containsKey(id) ? null
                : agents.get(id).getDisplayName();
        return list.stream().map(o -> new OrderRow(o.getId(), o.getShop(), o.getOrderNo(), o.getOrderDate(),
                o.getCustomerId(), o.getBuyerName(), o.getAgentId(), agentName.apply(o.getAgentId()),
                o.getDepartmentId(), groups.get(o.getDepartmentId()), o.getAmount(), o.getCommissionPoints(),
                o.getShipping(), o.getReturnCount(), o.getVersion())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), organisation.zone());
    }

    static String label(ShopOrder order) {
        return order.getShop() + " " + order.getOrderNo();
    }

    private static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return "%";
        }
        return "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
