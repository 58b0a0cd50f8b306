package csms.audit;

import csms.testing.OnPostgres;

/** Browsing the audit trail on a real PostgreSQL server. */
@OnPostgres
class AuditBrowsingPostgresIT extends AuditBrowsingIT {
}
