package csms.customer;

import csms.shared.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merging a duplicate record into the one that survives (CUS-4). Phones move unless the survivor has the same
 * digits; contact persons move unless the survivor has the same person; fields blank on the survivor are filled
 * from the duplicate; flags are OR-ed (a confidential duplicate makes the survivor confidential). The duplicate
 * then points to the survivor.
 */
final class CustomerMerge {

    /** Fields filled from the duplicate when blank on the survivor, with how to read them. */
    private static final List<Fillable> FILLABLE = List.of(
            new Fillable("company", Customer::getCompany), new Fillable("email", Customer::getEmail),
            new Fillable("address", Customer::getAddress), new Fillable("requestedServices", Customer::getRequestedServices),
            new Fillable("sourceReference", Customer::getSourceReference), new Fillable("notes", Customer::getNotes),
            new Fillable("salutation", c -> c.getSalutation() == Salutation.NONE ? null : c.getSalutation()),
            new Fillable("annualSales", Customer::getAnnualSales), new Fillable("potential", Customer::getPotential),
            new Fillable("accountManagerId", Customer::getAccountManagerId));

    private record Fillable(String field, Function<Customer, Object> value) {
    }

    private final Customer survivor;
    private final Customer duplicate;
    private final List<Phone> movedPhones = new ArrayList<>();
    private final List<ContactPerson> movedPersons = new ArrayList<>();
    private final List<String> filledFields = new ArrayList<>();
    private final List<String> raisedFlags = new ArrayList<>();

    private CustomerMerge(Customer survivor, Customer duplicate) {
        this.survivor = survivor;
        this.duplicate = duplicate;
    }

    /** Works out what merging would do, refusing a record merged into itself or one already merged. */
    static CustomerMerge plan(Customer survivor, Customer duplicate) {
        survivor.requireActive();
        duplicate.requireActive();
        if (Objects.equals(survivor.getId(), duplicate.getId())) {
            throw RuleViolation.onField("duplicateId", "customer.merge.same");
        }
        CustomerMerge merge = new CustomerMerge(survivor, duplicate);
        merge.planPhones();
        merge.planPersons();
        for (Fillable f : FILLABLE) {
            if (f.value().apply(survivor) == null && f.value().apply(duplicate) != null) {
                merge.filledFields.add(f.field());
            }
        }
        merge.planFlag("member", survivor.isMember(), duplicate.isMember());
        merge.planFlag("bigCustomer", survivor.isBigCustomer(), duplicate.isBigCustomer());
        merge.planFlag("importantAgreement", survivor.isImportantAgreement(), duplicate.isImportantAgreement());
        merge.planFlag("confidential", survivor.isConfidential(), duplicate.isConfidential());
        return merge;
    }

    /** Carries the merge out on both records. */
    void apply(Instant now) {
        survivor.absorb(duplicate, movedPhones, movedPersons, now);
        duplicate.mergeInto(survivor.getId(), now);
    }

    private void planPhones() {
        Set<String> known = new HashSet<>();
        survivor.getPhones().forEach(p -> known.add(p.getDigits()));
        for (Phone p : duplicate.getPhones()) {
            if (known.add(p.getDigits())) {
                movedPhones.add(p);
            }
        }
    }

    private void planPersons() {
        List<ContactPerson> known = new ArrayList<>(survivor.getContactPersons());
        for (ContactPerson p : duplicate.getContactPersons()) {
            if (known.stream().noneMatch(k -> k.isSamePersonAs(p))) {
                known.add(p);
                movedPersons.add(p);
            }
        }
    }

    private void planFlag(String flag, boolean onSurvivor, boolean onDuplicate) {
        if (onDuplicate && !onSurvivor) {
            raisedFlags.add(flag);
        }
    }

    List<Phone> movedPhones() {
        return List.copyOf(movedPhones);
    }

    List<ContactPerson> movedPersons() {
        return List.copyOf(movedPersons);
    }

    List<String> filledFields() {
        return List.copyOf(filledFields);
    }

    List<String> raisedFlags() {
        return List.copyOf(raisedFlags);
    }
}
