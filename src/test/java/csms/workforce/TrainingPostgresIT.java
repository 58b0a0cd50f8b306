package csms.workforce;

import csms.testing.OnPostgres;

/** {@link TrainingIT} on PostgreSQL (the onboarding query over the team history, the LIKE search). */
@OnPostgres
class TrainingPostgresIT extends TrainingIT {
}
