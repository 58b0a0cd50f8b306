package csms.pay;

import csms.testing.OnPostgres;

/** {@link PayRulesIT} on PostgreSQL (decimal values, the unique rule and month). */
@OnPostgres
class PayRulesPostgresIT extends PayRulesIT {
}
