package csms.workforce;

import csms.testing.OnPostgres;

/** {@link TeamHistoryIT} on PostgreSQL (dates in the history, the month query with a list of people). */
@OnPostgres
class TeamHistoryPostgresIT extends TeamHistoryIT {
}
