package csms.identity;

import csms.testing.OnPostgres;

/** The own-account pages and API on a real PostgreSQL server. */
@OnPostgres
class OwnAccountPostgresIT extends OwnAccountIT {
}
