package csms.order;

import static csms.order.OrderFields.blank;
import static csms.order.OrderFields.money;
import static csms.order.OrderFields.text;
import static csms.order.OrderLedger.SUBJECT;
import static csms.order.OrderLedger.label;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Departments;
import csms.order.internal.OrderReturnRepository;
import csms.order.internal.ShopOrderRepository;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return and exchange lines 退换货 of the ledger's orders (ORD-1), entered by hand or imported by the shop's
 * after-sales number, credited to the order's group and agent, never above the order's amount nor before its date.
 * Supervisors and above enter them for the orders they may credit; every change is audited on the order.
 */
@Service
public class OrderReturns {

    private final ShopOrderRepository orders;
    private final OrderReturnRepository returns;
    private final Departments departments;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    OrderReturns(ShopOrderRepository orders, OrderReturnRepository returns, Departments departments,
            OrganisationSettings organisation, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.returns = returns;
        this.departments = departments;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a return or exchange line to an order by hand; its number must be new in the shop. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public OrderReturn add(long orderId, ReturnInput in) {
        ShopOrder order = editable(orderId);
        String number = text(in.returnNo(), "returnNo", 64, true);
        if (returns.findByShopAndReturnNo(order.getShop(), number).isPresent()) {
            throw RuleViolation.onField("returnNo", "order.return-number-taken", number, order.getShop());
        }
        return save(order, new OrderReturn(order, number, Instant.now(clock)), in);
    }

    /**
     * Saves an imported return or exchange by its key (shop and after-sales number) on the order it names: new →
     * added, the same values → untouched, other values → changed. Returns true when something was written.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public boolean importReturn(String orderNo, ReturnInput in, String shopName) {
        String shop = text(shopName, "shop", 60, true);
        String number = text(orderNo, "orderNo", 64, true);
        String returnNo = text(in.returnNo(), "returnNo", 64, true);
        ShopOrder order = orders.findByShopAndOrderNo(shop, number)
                .orElseThrow(() -> RuleViolation.onField("orderNo", "order.return-order-unknown", number, shop));
        if (!OrderAccess.current(departments).mayCredit(order.getDepartmentId())) {
            throw RuleViolation.onField("orderNo", "order.not-yours", number);
        }
        OrderReturn line = returns.findByShopAndReturnNo(shop, returnNo).orElse(null);
        if (line != null && !line.getOrderId().equals(order.getId())) {
            throw RuleViolation.onField("returnNo", "order.return-number-taken", returnNo, shop);
        }
        if (in.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (in.date() == null) {
            throw RuleViolation.onField("date", "validation.required");
        }
        if (line != null && line.sameAs(in.kind(), money(in.amount(), "amount", true), in.date(), blank(in.reason()))) {
            return false;
        }
        save(order, line == null ? new OrderReturn(order, returnNo, Instant.now(clock)) : line, in);
        return true;
    }

    /** Removes a return or exchange line entered by mistake, on the version seen. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void remove(long orderId, long returnId, long version) {
        ShopOrder order = editable(orderId);
        OrderReturn line = returns.findById(returnId).filter(r -> r.getOrderId() == orderId)
                .orElseThrow(() -> new NotFoundException("OrderReturn", returnId));
        ConflictException.requireVersion(version, line.getVersion(), "OrderReturn", returnId);
        returns.delete(line);
        returns.flush();
        order.returnsChanged(returns.countByOrderId(orderId));
        audit.record("order.return-removed", SUBJECT, orderId, label(order) + " / " + line.getReturnNo(),
                Changes.none().field(line.getKind().name(), line.getAmount(), null));
    }

    private OrderReturn save(ShopOrder order, OrderReturn line, ReturnInput in) {
        if (in.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        Money amount = money(in.amount(), "amount", true);
        // all the order's return and exchange lines together are at most the order amount (PAY-2 never goes below 0)
        Money others = returns.findByOrderIdOrderByReturnDateAscIdAsc(order.getId()).stream()
                .filter(r -> !r.getId().equals(line.getId())).map(OrderReturn::getAmount)
                .reduce(Money.ZERO, Money::plus);
        Money left = order.getAmount().minus(others);
        if (amount.compareTo(left) > 0) {
            throw RuleViolation.onField("amount", "order.return-above-order", order.getAmount(), left);
        }
        if (in.date() == null) {
            throw RuleViolation.onField("date", "validation.required");
        }
        if (in.date().isBefore(order.getOrderDate())) {
            throw RuleViolation.onField("date", "order.return-before-order", order.getOrderDate());
        }
        if (in.date().isAfter(today())) {
            throw RuleViolation.onField("date", "order.date-future");
        }
        String reason = text(in.reason(), "reason", 200, false);
        Changes changes = Changes.none();
        if (line.getId() != null) {
            changes.field("kind", line.getKind(), in.kind()).field("amount", line.getAmount(), amount)
                    .field("date", line.getReturnDate(), in.date()).field("reason", line.getReason(), reason);
        } else {
            changes.field("kind", null, in.kind()).field("amount", null, amount).field("date", null, in.date());
        }
        line.update(in.kind(), amount, in.date(), reason, Instant.now(clock));
        line.credit(order.getDepartmentId(), order.getAgentId());
        returns.saveAndFlush(line);
        order.returnsChanged(returns.countByOrderId(order.getId()));
        audit.record("order.return-saved", SUBJECT, order.getId(), label(order) + " / " + line.getReturnNo(),
                changes);
        return line;
    }

    /** An order the user sees and may credit, else 404 (not seen) or 403 (seen only). */
    private ShopOrder editable(long orderId) {
        OrderAccess access = OrderAccess.current(departments);
        ShopOrder order = orders.findById(orderId).filter(access::sees)
                .orElseThrow(() -> new NotFoundException(SUBJECT, orderId));
        if (!access.mayCredit(order.getDepartmentId())) {
            throw new AccessDeniedException("order.return");
        }
        return order;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), organisation.zone());
    }
}
