package csms.visit;

import csms.system.OrganisationSettings;
import csms.system.RuleSettings;
import csms.visit.internal.CustomerQuietHoursRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The quiet hours in force: the organisation's from the rules page, plus the customer's own (VIS-1). */
@Component
class QuietHoursPolicy {

    private final RuleSettings rules;
    private final OrganisationSettings organisation;
    private final CustomerQuietHoursRepository customers;

    QuietHoursPolicy(RuleSettings rules, OrganisationSettings organisation, CustomerQuietHoursRepository customers) {
        this.rules = rules;
        this.organisation = organisation;
        this.customers = customers;
    }

    QuietHours organisation() {
        return new QuietHours(List.of(window(rules.value(VisitRules.MIDDAY_FROM),
                rules.value(VisitRules.MIDDAY_TO)), window(rules.value(VisitRules.NIGHT_FROM),
                rules.value(VisitRules.NIGHT_TO))));
    }

    QuietHours forCustomer(long customerId) {
        QuietHours org = organisation();
        return customers.findById(customerId).map(c -> org.with(c.window())).orElse(org);
    }

    /** The quiet hours of several customers at once (a list page), in one query. */
    Map<Long, QuietHours> forCustomers(Collection<Long> customerIds) {
        QuietHours org = organisation();
        Map<Long, QuietHours> out = new HashMap<>();
        customerIds.forEach(id -> out.put(id, org));
        customers.findAllById(Set.copyOf(customerIds)).forEach(c -> out.put(c.getCustomerId(), org.with(c.window())));
        return out;
    }

    ZoneId zone() {
        return organisation.zone();
    }

    /** The first callable instant for the customer at or after {@code ideal}. */
    Instant firstCallable(long customerId, Instant ideal) {
        return forCustomer(customerId).firstCallable(ideal, zone());
    }

    private static QuietHours.Window window(int fromHour, int toHour) {
        return new QuietHours.Window(fromHour * 60, toHour * 60);
    }
}
