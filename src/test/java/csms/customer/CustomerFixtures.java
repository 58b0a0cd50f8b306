package csms.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.test.util.ReflectionTestUtils;

/** Domain objects for unit tests, without Spring or a database. */
final class CustomerFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private CustomerFixtures() {
    }

    static Customer customer(long id, NewCustomer data) {
        Customer c = new Customer(data.kind(), data.name(), data.source(), "tester", NOW);
        c.describe(data, CustomerInput.phones(data.phones()), CustomerInput.persons(data.contactPersons()));
        c.flag(data.member(), data.bigCustomer(), data.importantAgreement(), data.accountManagerId());
        c.markConfidential(data.confidential());
        ReflectionTestUtils.setField(c, "id", id);
        return c;
    }

    static CustomerGrade grade(long id, String code, int rank, String minSales, Integer minPotential,
            boolean requiresAgreement) {
        CustomerGrade g = new CustomerGrade(code, code + " grade", rank);
        g.revise(code, code + " grade", null, minSales == null ? null : new BigDecimal(minSales), minPotential,
                requiresAgreement, rank);
        ReflectionTestUtils.setField(g, "id", id);
        return g;
    }

    /** The default standard of the migration: A/B/C/D by annual sales and potential. */
    static ClassificationStandard defaultStandard() {
        return new ClassificationStandard(List.of(grade(4, "D", 4, null, null, false),
                grade(2, "B", 2, "300000", 3, false), grade(1, "A", 1, "1000000", 4, false),
                grade(3, "C", 3, "50000", 2, false)));
    }
}
