package csms.service;

import csms.testing.OnPostgres;

/** The service request API on PostgreSQL. */
@OnPostgres
class ServiceRequestApiPostgresIT extends ServiceRequestApiIT {
}
