package csms.service;

import csms.testing.OnPostgres;

/** The service request and complaint API on PostgreSQL, including the racing approvals. */
@OnPostgres
class ComplaintApiPostgresIT extends ComplaintApiIT {
}
