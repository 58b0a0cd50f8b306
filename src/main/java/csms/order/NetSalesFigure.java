package csms.order;

import csms.shared.Money;
import java.time.LocalDate;

/**
 * Net sales of a group (or an agent) for a period (PAY-2) with its components: order amounts of the orders dated in
 * the period, minus the returns and the exchanges dated in the period, minus the prepaid shipping of those orders.
 * The platform's commission points are included (not deducted) and shown for information.
 *
 * @param departmentId the group, or null for an agent's figure
 * @param agentId      the agent, or null for a group's figure
 */
public record NetSalesFigure(Long departmentId, Long agentId, LocalDate from, LocalDate to, Money orders,
        Money shipping, Money commissionPoints, Money returns, Money exchanges, long orderCount, long returnCount,
        long exchangeCount) {

    /** Orders − returns − exchanges − prepaid shipping, exact to the fen. */
    public Money net() {
        return orders.minus(returns).minus(exchanges).minus(shipping);
    }

    /** The figure of one component. */
    public Money part(NetSalesPart part) {
        return switch (part) {
            case ORDERS -> orders;
            case SHIPPING -> shipping;
            case POINTS -> commissionPoints;
            case RETURNS -> returns;
            case EXCHANGES -> exchanges;
        };
    }

    static NetSalesFigure empty(Long departmentId, Long agentId, LocalDate from, LocalDate to) {
        return new NetSalesFigure(departmentId, agentId, from, to, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, 0, 0, 0);
    }
}
