package csms.workforce;

import csms.testing.OnPostgres;

/** {@link RosterIT} on PostgreSQL (time columns, the grid's rows, unique roster per team and month). */
@OnPostgres
class RosterPostgresIT extends RosterIT {
}
