package csms.customer;

import csms.testing.OnPostgres;

@OnPostgres
class ArchiveRefreshPostgresIT extends ArchiveRefreshIT {
}
