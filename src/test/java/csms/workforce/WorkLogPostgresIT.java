package csms.workforce;

import csms.testing.OnPostgres;

/** {@link WorkLogIT} on PostgreSQL (the reach query with the unreviewed filter). */
@OnPostgres
class WorkLogPostgresIT extends WorkLogIT {
}
