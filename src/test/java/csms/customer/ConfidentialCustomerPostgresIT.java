package csms.customer;

import csms.testing.OnPostgres;

/** The same tests on a real PostgreSQL server. */
@OnPostgres
class ConfidentialCustomerPostgresIT extends ConfidentialCustomerIT {
}
