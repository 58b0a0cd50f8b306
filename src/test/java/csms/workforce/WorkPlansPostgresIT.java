package csms.workforce;

import csms.testing.OnPostgres;

/** {@link WorkPlansIT} on PostgreSQL (the late and missing list joins people with their plans in SQL). */
@OnPostgres
class WorkPlansPostgresIT extends WorkPlansIT {
}
