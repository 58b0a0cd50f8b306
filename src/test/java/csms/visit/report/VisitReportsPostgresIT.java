package csms.visit.report;

import csms.testing.OnPostgres;

/** The return-visit reports' SQL on a real PostgreSQL server. */
@OnPostgres
class VisitReportsPostgresIT extends VisitReportsIT {
}
