package csms.system;

import csms.testing.OnPostgres;

/** The same shell conventions on a real PostgreSQL server. */
@OnPostgres
class SystemShellPostgresIT extends SystemShellIT {
}
