package csms.workforce;

import csms.testing.OnPostgres;

/** {@link AttendanceIT} on PostgreSQL (the reach query with its team list, decimal absence). */
@OnPostgres
class AttendancePostgresIT extends AttendanceIT {
}
