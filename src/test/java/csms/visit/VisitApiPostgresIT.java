package csms.visit;

import csms.testing.OnPostgres;

/** {@link VisitApiIT} on PostgreSQL. */
@OnPostgres
class VisitApiPostgresIT extends VisitApiIT {
}
