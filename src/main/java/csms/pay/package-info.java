/**
 * Pay 绩效与提成 (PAY): targets, net sales, the group commission by completion rate and its split, bonuses,
 * allowances and the monthly pay sheet. Every rate, band and amount is a rule versioned by the month it takes effect.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pay",
        allowedDependencies = { "identity", "audit", "system", "system :: mail", "system :: spreadsheet",
                "system :: pdf", "order", "workforce" })
package csms.pay;
