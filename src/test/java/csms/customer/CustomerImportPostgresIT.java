package csms.customer;

import csms.testing.OnPostgres;

/** The same import tests on a real PostgreSQL server. */
@OnPostgres
class CustomerImportPostgresIT extends CustomerImportIT {
}
