package csms.system.calendar;

import csms.testing.OnPostgres;

/** The calendar API on a real PostgreSQL server. */
@OnPostgres
class CalendarApiPostgresIT extends CalendarApiIT {
}
