package csms.order;

/** A component of net sales, each with the rows behind it: order amounts, shipping, platform points, returns, exchanges. */
public enum NetSalesPart {
    ORDERS,
    SHIPPING,
    POINTS,
    RETURNS,
    EXCHANGES
}
