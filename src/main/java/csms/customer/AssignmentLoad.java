package csms.customer;

/**
 * What an agent carries now: customers owned, the sum of their business potential (unknown counts 1), and open
 * first-contact duties awaiting and overdue.
 */
public record AssignmentLoad(long agentId, String name, long customers, long potentialSum, long awaiting,
        long overdue) {

    static AssignmentLoad of(long agentId, String name, Object[] row) {
        return row == null ? new AssignmentLoad(agentId, name, 0, 0, 0, 0)
                : new AssignmentLoad(agentId, name, num(row[1]), num(row[2]), num(row[3]), num(row[4]));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
