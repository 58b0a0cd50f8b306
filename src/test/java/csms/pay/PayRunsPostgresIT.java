package csms.pay;

import csms.testing.OnPostgres;

/** {@link PayRunsIT} on PostgreSQL (the lines and components written in batches). */
@OnPostgres
class PayRunsPostgresIT extends PayRunsIT {
}
