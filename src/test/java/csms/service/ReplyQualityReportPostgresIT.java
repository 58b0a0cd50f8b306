package csms.service;

import csms.testing.OnPostgres;

/** The QA report's counting queries on a real PostgreSQL server. */
@OnPostgres
class ReplyQualityReportPostgresIT extends ReplyQualityReportIT {
}
