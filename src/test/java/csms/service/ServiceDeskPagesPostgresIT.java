package csms.service;

import csms.testing.OnPostgres;

/** The same workspace page tests on a real PostgreSQL server. */
@OnPostgres
class ServiceDeskPagesPostgresIT extends ServiceDeskPagesIT {
}
