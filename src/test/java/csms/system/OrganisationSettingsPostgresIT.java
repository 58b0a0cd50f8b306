package csms.system;

import csms.testing.OnPostgres;

/** Organisation settings on a real PostgreSQL server. */
@OnPostgres
class OrganisationSettingsPostgresIT extends OrganisationSettingsIT {
}
