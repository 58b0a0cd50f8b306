package csms.customer;

import csms.testing.OnPostgres;

/** The same import API and round-trip tests on a real PostgreSQL server. */
@OnPostgres
class CustomerImportApiPostgresIT extends CustomerImportApiIT {
}
