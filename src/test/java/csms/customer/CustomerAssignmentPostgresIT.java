package csms.customer;

import csms.testing.OnPostgres;

/** The same assignment rules on a real PostgreSQL server. */
@OnPostgres
class CustomerAssignmentPostgresIT extends CustomerAssignmentIT {
}
