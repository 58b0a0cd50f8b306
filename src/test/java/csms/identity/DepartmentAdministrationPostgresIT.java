package csms.identity;

import csms.testing.OnPostgres;

/** Department administration on a real PostgreSQL server. */
@OnPostgres
class DepartmentAdministrationPostgresIT extends DepartmentAdministrationIT {
}
