package csms.visit;

import csms.testing.OnPostgres;

/** Return visits on a real PostgreSQL server (the unique visit per request, the list and coverage queries). */
@OnPostgres
class ReturnVisitsPostgresIT extends ReturnVisitsIT {
}
