package csms.pay;

import csms.testing.OnPostgres;

/** {@link SalesTargetsIT} on PostgreSQL (the once-only notice insert, decimal amounts). */
@OnPostgres
class SalesTargetsPostgresIT extends SalesTargetsIT {
}
