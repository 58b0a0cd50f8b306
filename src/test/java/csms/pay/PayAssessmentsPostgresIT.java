package csms.pay;

import csms.testing.OnPostgres;

/** {@link PayAssessmentsIT} on PostgreSQL. */
@OnPostgres
class PayAssessmentsPostgresIT extends PayAssessmentsIT {
}
