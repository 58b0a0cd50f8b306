package csms.pay;

import csms.testing.OnPostgres;

/** {@link PerformanceSchemesIT} on PostgreSQL. */
@OnPostgres
class PerformanceSchemesPostgresIT extends PerformanceSchemesIT {
}
