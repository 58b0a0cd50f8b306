package csms.customer;

import csms.testing.OnPostgres;

/** The same export tests on a real PostgreSQL server. */
@OnPostgres
class CustomerExportPostgresIT extends CustomerExportIT {
}
