/**
 * Orders and after-sales 电商 (ORD): the daily order ledger 每日台账 imported from the shop platforms' exports or
 * entered by hand, returns and exchanges, and the net sales of a period and group (PAY-2) with the orders behind
 * every figure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders",
        allowedDependencies = { "identity", "audit", "system", "system :: spreadsheet", "customer" })
package csms.order;
