package csms.customer;

import csms.customer.internal.CustomerRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers for assignment tests, saved through the repository (the archive facade lives on another branch),
 * with figures and times set by SQL where the aggregate offers no verb for them. Names are unique per call.
 */
final class AssignmentTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final CustomerRepository customers;
    private final JdbcClient jdbc;

    AssignmentTestData(CustomerRepository customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** A new unassigned person customer named after the given prefix. */
    Customer customer(String name) {
        return customers.save(new Customer(CustomerKind.PERSON, name + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000,
                CustomerSource.PHONE, "test", Instant.now()));
    }

    /** A new unassigned customer with a business potential (1–5) and annual sales. */
    Customer customer(String name, Integer potential, String annualSales) {
        Customer c = customer(name);
        jdbc.sql("update customer set potential = :p, annual_sales = :s where id = :id").param("p", potential)
                .param("s", annualSales == null ? null : new BigDecimal(annualSales)).param("id", c.getId()).update();
        return reload(c.getId());
    }

    /** Moves the customer's current assignment into the past (or future), as if time had passed. */
    void assignedAt(long customerId, Instant assignedAt, Instant dueAt) {
        jdbc.sql("update customer set assigned_at = :a, first_contact_due_at = :d where id = :id")
                .param("a", assignedAt.atOffset(ZoneOffset.UTC)).param("d", dueAt.atOffset(ZoneOffset.UTC))
                .param("id", customerId).update();
    }

    Customer reload(long customerId) {
        return customers.findById(customerId).orElseThrow();
    }
}
