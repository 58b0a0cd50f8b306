package csms.service;

import csms.testing.OnPostgres;

/** The same request page tests on a real PostgreSQL server. */
@OnPostgres
class RequestPagePostgresIT extends RequestPageIT {
}
