package csms.workforce;

import csms.testing.OnPostgres;

/** {@link DutyRotaIT} on PostgreSQL (the month replaced in one transaction under the unique day). */
@OnPostgres
class DutyRotaPostgresIT extends DutyRotaIT {
}
