package csms.script;

import csms.testing.OnPostgres;

/** The script library on a real PostgreSQL server (seed, revisions, search, audit). */
@OnPostgres
class ScriptLibraryPostgresIT extends ScriptLibraryIT {
}
