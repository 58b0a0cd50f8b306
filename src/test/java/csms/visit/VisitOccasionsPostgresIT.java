package csms.visit;

import csms.testing.OnPostgres;

/** Special visits on a real PostgreSQL server (the date look-ahead, the bulk cancellation of a deleted occasion). */
@OnPostgres
class VisitOccasionsPostgresIT extends VisitOccasionsIT {
}
