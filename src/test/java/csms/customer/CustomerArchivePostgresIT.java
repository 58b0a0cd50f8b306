package csms.customer;

import csms.testing.OnPostgres;

/** The same customer archive tests on a real PostgreSQL server. */
@OnPostgres
class CustomerArchivePostgresIT extends CustomerArchiveIT {
}
