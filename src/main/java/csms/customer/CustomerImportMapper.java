package csms.customer;

import static csms.customer.CustomerImportColumns.ACCOUNT_MANAGER;
import static csms.customer.CustomerImportColumns.ADDRESS;
import static csms.customer.CustomerImportColumns.ANNUAL_SALES;
import static csms.customer.CustomerImportColumns.BIG_CUSTOMER;
import static csms.customer.CustomerImportColumns.COMPANY;
import static csms.customer.CustomerImportColumns.CONFIDENTIAL;
import static csms.customer.CustomerImportColumns.EMAIL;
import static csms.customer.CustomerImportColumns.IMPORTANT_AGREEMENT;
import static csms.customer.CustomerImportColumns.KIND;
import static csms.customer.CustomerImportColumns.MEMBER;
import static csms.customer.CustomerImportColumns.NAME;
import static csms.customer.CustomerImportColumns.NOTES;
import static csms.customer.CustomerImportColumns.PHONES;
import static csms.customer.CustomerImportColumns.POTENTIAL;
import static csms.customer.CustomerImportColumns.REQUESTED_SERVICES;
import static csms.customer.CustomerImportColumns.SALUTATION;
import static csms.customer.CustomerImportColumns.SOURCE;
import static csms.customer.CustomerImportColumns.SOURCE_REFERENCE;

import csms.customer.CustomerImportValues.PhoneText;
import csms.shared.PhoneNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import csms.system.spreadsheet.ImportRow;

/**
 * Maps the rows of ONE import file to registrations, collecting every problem of a row: unknown values, invalid
 * phones, a mobile number that already belongs to an active customer or to an earlier row of the file (CUS-4: no
 * duplicates), flags, confidentiality or an account manager from a user who may not set them (CUS-4: the
 * supervisor's review; CUS-6).
 * Imported customers are unassigned; the source is IMPORT unless the file says otherwise.
 */
final class CustomerImportMapper implements Function<ImportRow, NewCustomer> {

    private final CustomerImportValues values;
    private final boolean mayReview;
    private final Function<String, Optional<Long>> activeCustomerWithPhone;
    private final Function<String, Optional<Long>> accountManager;
    private final Locale locale;
    private final Map<String, Integer> mobilesInFile = new HashMap<>();

    /**
     * @param activeCustomerWithPhone the id of an active customer with these phone digits, if any
     * @param accountManager the user id of an active agent with this agent number or user name, if any
     */
    CustomerImportMapper(CustomerImportValues values, boolean mayReview,
            Function<String, Optional<Long>> activeCustomerWithPhone, Function<String, Optional<Long>> accountManager,
            Locale locale) {
        this.values = values;
        this.mayReview = mayReview;
        this.activeCustomerWithPhone = activeCustomerWithPhone;
        this.accountManager = accountManager;
        this.locale = locale;
    }

    @Override
    public NewCustomer apply(ImportRow row) {
        String name = row.required(NAME);
        CustomerKind kind = choice(row, KIND, values.kinds(), CustomerKind.PERSON);
        Salutation salutation = choice(row, SALUTATION, values.salutations(), null);
        CustomerSource source = choice(row, SOURCE, values.sources(), CustomerSource.IMPORT);
        List<PhoneEntry> phones = phones(row);
        boolean member = flag(row, MEMBER);
        boolean big = flag(row, BIG_CUSTOMER);
        boolean important = flag(row, IMPORTANT_AGREEMENT);
        boolean confidential = flag(row, CONFIDENTIAL);
        Long manager = manager(row);
        if (important && manager == null && mayReview) {
            row.reject(ACCOUNT_MANAGER, "customer.account-manager.required");
        }
        BigDecimal sales = row.decimal(ANNUAL_SALES);
        Integer potential = potential(row);
        if (row.isValid()) {
            remember(row, phones);
        }
        return new NewCustomer(kind, name, salutation, row.text(COMPANY), row.text(EMAIL), row.text(ADDRESS),
                row.text(REQUESTED_SERVICES), source, row.text(SOURCE_REFERENCE), row.text(NOTES), phones, List.of(),
                sales, potential, member, big, important, confidential, manager);
    }

    private <E extends Enum<E>> E choice(ImportRow row, String column, CustomerImportValues.Names<E> names,
            E fallback) {
        String text = row.text(column);
        if (text == null) {
            return fallback;
        }
        E value = names.find(text);
        if (value == null) {
            row.reject(column, "customer.import.unknown-value", text, names.accepted(locale));
            return fallback;
        }
        return value;
    }

    /** Valid numbers become phones; an invalid one is the row's problem; a known mobile is a duplicate. */
    private List<PhoneEntry> phones(ImportRow row) {
        List<PhoneEntry> phones = new ArrayList<>();
        for (PhoneText phone : CustomerImportValues.phones(row.text(PHONES))) {
            if (!phone.valid()) {
                row.reject(PHONES, "validation.phone", phone.number());
                continue;
            }
            PhoneNumber number = PhoneNumber.of(phone.number());
            if (number.isMobile()) {
                Integer earlier = mobilesInFile.get(number.digits());
                if (earlier != null) {
                    row.reject(PHONES, "customer.import.duplicate-in-file", number.value(), earlier);
                } else {
                    activeCustomerWithPhone.apply(number.digits()).ifPresent(id ->
                            row.reject(PHONES, "customer.import.duplicate", number.value(), id));
                }
            }
            phones.add(new PhoneEntry(number.value(), phone.label()));
        }
        return phones;
    }

    /** Later rows with the same mobile are duplicates of this one (only rows that will be imported count). */
    private void remember(ImportRow row, List<PhoneEntry> phones) {
        for (PhoneEntry phone : phones) {
            PhoneNumber number = PhoneNumber.of(phone.number());
            if (number.isMobile()) {
                mobilesInFile.putIfAbsent(number.digits(), row.number());
            }
        }
    }

    /** A flag set to yes needs the supervisor's review rights; "no" or empty is what anyone may import. */
    private boolean flag(ImportRow row, String column) {
        boolean set = Boolean.TRUE.equals(row.bool(column));
        if (set && !mayReview) {
            row.reject(column, "customer.import.review-only");
        }
        return set;
    }

    private Long manager(ImportRow row) {
        String text = row.text(ACCOUNT_MANAGER);
        if (text == null) {
            return null;
        }
        if (!mayReview) {
            row.reject(ACCOUNT_MANAGER, "customer.import.review-only");
            return null;
        }
        Optional<Long> id = accountManager.apply(text);
        if (id.isEmpty()) {
            row.reject(ACCOUNT_MANAGER, "customer.import.account-manager.unknown", text);
        }
        return id.orElse(null);
    }

    private static Integer potential(ImportRow row) {
        Long value = row.number(POTENTIAL);
        if (value != null && (value < 1 || value > 5)) {
            row.reject(POTENTIAL, "customer.potential.range");
            return null;
        }
        return value == null ? null : value.intValue();
    }
}
