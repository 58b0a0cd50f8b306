package csms.order;

/** An after-sales line of an order: goods sent back and refunded 退货, or goods exchanged 换货. */
public enum ReturnKind {
    RETURN,
    EXCHANGE
}
