package csms.workforce;

import csms.testing.OnPostgres;

/** {@link MorningMeetingsIT} on PostgreSQL (the attendee table). */
@OnPostgres
class MorningMeetingsPostgresIT extends MorningMeetingsIT {
}
