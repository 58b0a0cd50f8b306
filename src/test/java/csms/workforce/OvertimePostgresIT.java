package csms.workforce;

import csms.testing.OnPostgres;

/** {@link OvertimeIT} on PostgreSQL (decimal hours, the reach query). */
@OnPostgres
class OvertimePostgresIT extends OvertimeIT {
}
