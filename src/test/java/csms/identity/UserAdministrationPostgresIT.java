package csms.identity;

import csms.testing.OnPostgres;

/** User administration on a real PostgreSQL server. */
@OnPostgres
class UserAdministrationPostgresIT extends UserAdministrationIT {
}
