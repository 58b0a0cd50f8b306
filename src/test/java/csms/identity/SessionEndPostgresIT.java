package csms.identity;

import csms.testing.OnPostgres;

/** Ending sessions over real HTTP, with Spring Session JDBC on a real PostgreSQL server. */
@OnPostgres
class SessionEndPostgresIT extends SessionEndIT {
}
