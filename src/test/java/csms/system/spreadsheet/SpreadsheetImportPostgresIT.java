package csms.system.spreadsheet;

import csms.testing.OnPostgres;

/** The import modes and their rollbacks on a real PostgreSQL server (which aborts a transaction on a clash). */
@OnPostgres
class SpreadsheetImportPostgresIT extends SpreadsheetImportIT {
}
