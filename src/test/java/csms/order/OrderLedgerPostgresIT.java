package csms.order;

import csms.testing.OnPostgres;

/** The same ledger and net sales tests on a real PostgreSQL server. */
@OnPostgres
class OrderLedgerPostgresIT extends OrderLedgerIT {
}
