package csms.workforce;

import csms.testing.OnPostgres;

/** {@link DisciplineIT} on PostgreSQL (the unique penalty id, the grouped repeat counts, decimal amounts). */
@OnPostgres
class DisciplinePostgresIT extends DisciplineIT {
}
