package csms.visit;

import csms.testing.OnPostgres;

/** The questionnaire links on a real PostgreSQL server (the token look-up, the one link per visit). */
@OnPostgres
class VisitSurveyLinksPostgresIT extends VisitSurveyLinksIT {
}
