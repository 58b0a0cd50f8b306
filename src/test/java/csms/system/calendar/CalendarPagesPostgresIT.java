package csms.system.calendar;

import csms.testing.OnPostgres;

/** The calendar page on a real PostgreSQL server. */
@OnPostgres
class CalendarPagesPostgresIT extends CalendarPagesIT {
}
