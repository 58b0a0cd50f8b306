package csms.order;

import java.util.List;

/** One order with its return and exchange lines, as its page shows it. */
public record OrderDetails(OrderRow order, String note, List<OrderReturn> returns, boolean mayEdit) {
}
