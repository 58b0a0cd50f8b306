package csms.service;

import csms.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the service module needs to know of a customer, from the customer archive. */
@Component
class CustomerLink {

    private final JdbcClient jdbc;

    CustomerLink(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's facts for a new request; 404 when the customer does not exist or may not be seen. */
    CustomerFacts facts(long customerId) {
        return jdbc.sql("select id, name, big_customer, important_agreement from customer where id = ? and merged_into_id is null")
                .param(customerId)
                .query((rs, n) -> new CustomerFacts(rs.getLong(1), rs.getString(2),
                        rs.getBoolean(4) ? 2 : rs.getBoolean(3) ? 1 : 0, null))
                .optional().orElseThrow(() -> new NotFoundException("Customer", customerId));
    }
}
