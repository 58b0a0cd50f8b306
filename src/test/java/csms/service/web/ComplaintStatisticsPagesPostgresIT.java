package csms.service.web;

import csms.testing.OnPostgres;

/** The complaint classification statistics page, downloads and API on a real PostgreSQL server. */
@OnPostgres
class ComplaintStatisticsPagesPostgresIT extends ComplaintStatisticsPagesIT {
}
