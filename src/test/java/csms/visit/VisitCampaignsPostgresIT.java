package csms.visit;

import csms.testing.OnPostgres;

/** Visit campaigns on a real PostgreSQL server (the batch insert, the grouped progress, the bulk cancel). */
@OnPostgres
class VisitCampaignsPostgresIT extends VisitCampaignsIT {
}
