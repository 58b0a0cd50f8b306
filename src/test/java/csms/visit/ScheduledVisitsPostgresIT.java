package csms.visit;

import csms.testing.OnPostgres;

/** Scheduled visits on a real PostgreSQL server: the unique key per period under two concurrent generators. */
@OnPostgres
class ScheduledVisitsPostgresIT extends ScheduledVisitsIT {
}
