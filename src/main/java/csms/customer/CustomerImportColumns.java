package csms.customer;

import csms.system.spreadsheet.ImportColumn;
import csms.system.spreadsheet.ImportLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * The columns of a customer spreadsheet, shared by import and export so that an export re-imports: each column's
 * key is the field of {@link NewCustomer} it fills (so save-time field errors find their column), its header is a
 * message key, and further header texts (姓名, 手机, phone …) come from {@code customer.import.aliases.<key>} in
 * both languages.
 */
public final class CustomerImportColumns {

    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String SALUTATION = "salutation";
    public static final String COMPANY = "company";
    public static final String PHONES = "phones";
    public static final String EMAIL = "email";
    public static final String ADDRESS = "address";
    public static final String REQUESTED_SERVICES = "requestedServices";
    public static final String SOURCE = "source";
    public static final String SOURCE_REFERENCE = "sourceReference";
    public static final String NOTES = "notes";
    public static final String MEMBER = "member";
    public static final String BIG_CUSTOMER = "bigCustomer";
    public static final String IMPORTANT_AGREEMENT = "importantAgreement";
    public static final String CONFIDENTIAL = "confidential";
    public static final String ACCOUNT_MANAGER = "accountManagerId";
    public static final String ANNUAL_SALES = "annualSales";
    public static final String POTENTIAL = "potential";

    /** Columns the import reads, in the order of the import page's help. */
    static final List<String> IMPORTED = List.of(NAME, KIND, SALUTATION, COMPANY, PHONES, EMAIL, ADDRESS,
            REQUESTED_SERVICES, SOURCE, SOURCE_REFERENCE, NOTES, MEMBER, BIG_CUSTOMER, IMPORTANT_AGREEMENT,
            CONFIDENTIAL, ACCOUNT_MANAGER, ANNUAL_SALES, POTENTIAL);

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private CustomerImportColumns() {
    }

    /** The message key of a column's header. */
    public static String header(String key) {
        return ACCOUNT_MANAGER.equals(key) ? "customer.import.account-manager" : "customer.field." + key;
    }

    /** The import layout: only the name is required; header aliases from the bundles in Chinese and English. */
    static ImportLayout layout(MessageSource messages) {
        List<ImportColumn> columns = new ArrayList<>();
        for (String key : IMPORTED) {
            List<String> aliases = aliases(messages, key);
            columns.add(new ImportColumn(key, header(key), NAME.equals(key), aliases));
        }
        return ImportLayout.of(columns);
    }

    /** The header texts accepted besides the label, from {@code customer.import.aliases.<key>} (comma-separated). */
    static List<String> aliases(MessageSource messages, String key) {
        Set<String> aliases = new LinkedHashSet<>();
        for (Locale language : LANGUAGES) {
            String list = messages.getMessage("customer.import.aliases." + key, null, "", language);
            Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(aliases::add);
        }
        return List.copyOf(aliases);
    }
}
