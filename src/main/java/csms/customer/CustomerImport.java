package csms.customer;

import csms.customer.internal.ConfidentialReach;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportLayout;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportPlan;
import csms.system.spreadsheet.ImportResult;
import csms.system.spreadsheet.SpreadsheetImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports customers from an {@code .xlsx} or CSV file (CUS-1, CUS-4): every row is registered through
 * {@link CustomerArchive#register} — validation, grade by the standard, pinyin, search index and audit as for any
 * registration — as an unassigned record for the supervisor to assign later. The user chooses between importing
 * the valid rows and importing all or nothing; rejected rows are reported with their row, column and reason.
 * <p>
 * Decision on flags: a row that sets member, big customer, important agreement or confidential to "yes", or names an
 * account manager, is rejected (with a message on that cell) when the importing user may not set them — the
 * supervisor's review (CUS-4, CUS-6); "no" or an empty cell is fine for everyone, so an agent can re-import an export.
 * A confidential row is announced like any confidential registration ({@link CustomerVisibilityChanged}).
 * <p>
 * Decision on duplicates: a mobile number is a duplicate only of customers the importing user may know of; a
 * confidential customer out of their reach does not exist for them (CUS-6), so the import neither names nor hints at
 * it, and the owner's supervisor merges the new record into it later.
 */
@Service
public class CustomerImport {

    public static final String SUBJECT = "customer";

    private final SpreadsheetImport imports;
    private final CustomerArchive archive;
    private final UserAccounts users;
    private final CustomerRepository customers;
    private final CustomerImportValues values;
    private final ImportLayout layout;

    CustomerImport(SpreadsheetImport imports, CustomerArchive archive, UserAccounts users,
            CustomerRepository customers, MessageSource messages) {
        this.imports = imports;
        this.archive = archive;
        this.users = users;
        this.customers = customers;
        this.values = new CustomerImportValues(messages);
        this.layout = CustomerImportColumns.layout(messages);
    }

    /** The columns a file may have (for the import page's help). */
    public ImportLayout layout() {
        return layout;
    }

    /** Imports an uploaded file; a file that cannot be read at all is refused with a rule on field {@code file}. */
    public ImportResult run(ImportMode mode, MultipartFile file) {
        if (file == null) {
            throw RuleViolation.onField("file", "spreadsheet.file.empty");
        }
        try {
            return run(mode, file.getInputStream(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a file's content. Must not be called inside a transaction: the import opens its own. */
    public ImportResult run(ImportMode mode, InputStream content, String fileName) {
        CustomerAccess access = CustomerAccess.of(SignedInUser.current(), users::departmentMemberIds);
        if (!access.mayRegister()) {
            throw new AccessDeniedException("customer.import");
        }
        Locale locale = LocaleContextHolder.getLocale();
        CustomerImportMapper mapper = new CustomerImportMapper(values, access.mayReview(),
                activeCustomerWithPhone(access.reach()), accountManagers(), locale);
        ImportPlan<NewCustomer> plan = ImportPlan.of(SUBJECT, CustomerArchive.SUBJECT, layout, mapper, this::register);
        return imports.run(plan, mode, content, fileName);
    }

    /** Registers one row; a rule naming a nested field ({@code phones[1].number}) is blamed on its column. */
    private void register(NewCustomer customer) {
        try {
            archive.register(customer);
        } catch (RuleViolation e) {
            String field = e.field();
            if (field == null || !field.matches(".*[.\\[].*")) {
                throw e;
            }
            throw RuleViolation.onField(field.split("[.\\[]", 2)[0], e.messageKey(), e.arguments());
        }
    }

    private Function<String, Optional<Long>> activeCustomerWithPhone(ConfidentialReach reach) {
        return digits -> customers.activeIdsWithPhoneDigits(digits, reach, Limit.of(1)).stream().findFirst();
    }

    /** Active agents and supervisors by agent number and by user name (ignoring case), loaded once when needed. */
    private Function<String, Optional<Long>> accountManagers() {
        Map<String, Long> byName = new HashMap<>();
        return text -> {
            if (byName.isEmpty()) {
                List<UserAccount> agents = users.activeAgents();
                agents.forEach(u -> byName.put(key(u.getUsername()), u.getId()));
                agents.stream().filter(u -> u.getAgentNumber() != null)
                        .forEach(u -> byName.put(key(u.getAgentNumber()), u.getId()));
            }
            return Optional.ofNullable(byName.get(key(text)));
        };
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
