package csms.pay;

import csms.testing.OnPostgres;

/** {@link PayProfilesIT} on PostgreSQL. */
@OnPostgres
class PayProfilesPostgresIT extends PayProfilesIT {
}
