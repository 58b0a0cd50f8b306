package csms.customer;

import csms.testing.OnPostgres;

/** The same first-contact duty on a real PostgreSQL server. */
@OnPostgres
class FirstContactDutyPostgresIT extends FirstContactDutyIT {
}
