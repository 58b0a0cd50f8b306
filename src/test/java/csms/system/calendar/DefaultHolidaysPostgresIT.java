package csms.system.calendar;

import csms.testing.OnPostgres;

/** Loading the bundled holidays on a real PostgreSQL server, where two nodes really race. */
@OnPostgres
class DefaultHolidaysPostgresIT extends DefaultHolidaysIT {
}
