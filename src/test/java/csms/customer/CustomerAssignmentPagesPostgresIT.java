package csms.customer;

import csms.testing.OnPostgres;

/** The assignment board on a real PostgreSQL server. */
@OnPostgres
class CustomerAssignmentPagesPostgresIT extends CustomerAssignmentPagesIT {
}
