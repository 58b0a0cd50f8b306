package csms.script;

import csms.testing.OnPostgres;

/** The reply check and its word lists on a real PostgreSQL server (seed, search, versions, audit). */
@OnPostgres
class ReplyQualityPostgresIT extends ReplyQualityIT {
}
