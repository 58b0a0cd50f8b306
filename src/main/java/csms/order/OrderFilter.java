package csms.order;

import java.time.LocalDate;

/** The ledger's search (platform order number or buyer) and filters; every field may be null. */
public record OrderFilter(String q, String shop, Long departmentId, Long agentId, LocalDate from, LocalDate to,
        Boolean hasReturns) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null);
    }

    /** The filters as the audit trail records an export. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        add(parts, "q", q);
        add(parts, "shop", shop);
        add(parts, "departmentId", departmentId);
        add(parts, "agentId", agentId);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "hasReturns", hasReturns);
        return String.join(", ", parts);
    }

    private static void add(java.util.List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + value);
        }
    }
}
