package csms.workforce;

import csms.testing.OnPostgres;

/** {@link LeaveIT} on PostgreSQL (concurrent decisions, half-day decimals, the filtered HR file). */
@OnPostgres
class LeavePostgresIT extends LeaveIT {
}
