package csms.pay;

import csms.testing.OnPostgres;

/** {@link PayMonthIT} on PostgreSQL. */
@OnPostgres
class PayMonthPostgresIT extends PayMonthIT {
}
