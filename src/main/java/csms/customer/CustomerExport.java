package csms.customer;

import static csms.customer.CustomerImportColumns.*;

import csms.customer.internal.CustomerSearch;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.PageQuery;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.SheetLocale;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the customer list (CUS-1, CUS-6) with the list's filters and order, page by page so that no export holds
 * the archive in memory; contact data in full only where the exporter may see it in full, confidential records only
 * within the exporter's reach. The columns carry the import's headers, so an export can be imported again.
 */
@Service
public class CustomerExport {

    /** Customers per page read from the search index and the database. */
    public static final int PAGE_SIZE = 500;
    public static final String SUBJECT = "customer";

    private final CustomerSearch search;
    private final CustomerGrades grades;
    private final UserAccounts users;
    private final ArchiveRefresh refresh;

    CustomerExport(CustomerSearch search, CustomerGrades grades, UserAccounts users, ArchiveRefresh refresh) {
        this.search = search;
        this.grades = grades;
        this.users = users;
        this.refresh = refresh;
    }

    /** The columns, headed as the import expects them; phones joined by the language's list separator. */
    public SpreadsheetExport<CustomerExportRow> sheet(SheetLocale locale) {
        String separator = locale.text("spreadsheet.list-separator");
        return SpreadsheetExport.of("customer.export.title", List.of(
                SpreadsheetColumn.text(header(NAME), CustomerExportRow::name),
                SpreadsheetColumn.label(header(KIND), r -> "customerkind." + r.kind()),
                SpreadsheetColumn.label(header(SALUTATION), r -> "salutation." + r.salutation()),
                SpreadsheetColumn.text(header(COMPANY), CustomerExportRow::company),
                SpreadsheetColumn.text(header(PHONES), r -> r.phones().isEmpty() ? null : String.join(separator, r.phones())),
                SpreadsheetColumn.text(header(EMAIL), CustomerExportRow::email),
                SpreadsheetColumn.text(header(ADDRESS), CustomerExportRow::address),
                SpreadsheetColumn.text(header(REQUESTED_SERVICES), CustomerExportRow::requestedServices),
                SpreadsheetColumn.label(header(SOURCE), r -> "customersource." + r.source()),
                SpreadsheetColumn.text(header(SOURCE_REFERENCE), CustomerExportRow::sourceReference),
                SpreadsheetColumn.text(header(NOTES), CustomerExportRow::notes),
                SpreadsheetColumn.text("customer.field.grade", CustomerExportRow::gradeCode),
                SpreadsheetColumn.yesNo(header(MEMBER), CustomerExportRow::member),
                SpreadsheetColumn.yesNo(header(BIG_CUSTOMER), CustomerExportRow::bigCustomer),
                SpreadsheetColumn.yesNo(header(IMPORTANT_AGREEMENT), CustomerExportRow::importantAgreement),
                SpreadsheetColumn.yesNo(header(CONFIDENTIAL), CustomerExportRow::confidential),
                SpreadsheetColumn.text(header(ACCOUNT_MANAGER), CustomerExportRow::accountManager),
                SpreadsheetColumn.text("customer.field.owner", CustomerExportRow::ownerName),
                SpreadsheetColumn.decimal(header(ANNUAL_SALES), CustomerExportRow::annualSales),
                SpreadsheetColumn.number(header(POTENTIAL), CustomerExportRow::potential),
                SpreadsheetColumn.dateTime("customer.field.createdAt", CustomerExportRow::createdAt),
                SpreadsheetColumn.dateTime("customer.field.updatedAt", CustomerExportRow::updatedAt),
                SpreadsheetColumn.yesNo("customer.export.complete", CustomerExportRow::complete)));
    }

    /**
     * The list's order (a sort field of {@link CustomerArchive#SORTS}, else big customers first, best match,
     * newest) ending with the id, so that pages neither skip nor repeat rows. An unknown field is refused (422).
     */
    public Sort order(CustomerFilter filter, String sortSpec) {
        Sort defaultSort = Sort.by(Sort.Order.desc("bigCustomer"));
        if (filter.hasText()) {
            defaultSort = defaultSort.and(Sort.by(Sort.Order.desc(CustomerSearch.SCORE)));
        }
        defaultSort = defaultSort.and(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc(CustomerSearch.ID)));
        return PageQuery.of(0, 1, sortSpec).toPageable(CustomerArchive.SORTS, defaultSort).getSort();
    }

    /** One page of the export; owners and account managers of the page are loaded in one query. */
    @Transactional(readOnly = true)
    public Slice<CustomerExportRow> page(CustomerFilter filter, Pageable pageable) {
        CustomerAccess access = CustomerAccess.of(SignedInUser.current(), users::departmentMemberIds);
        if (!access.mayRegister()) {
            throw new AccessDeniedException("customer.export");
        }
        Page<Customer> found = search.find(filter, filter.refreshDue() ? refresh.cutoff() : null, access.reach(),
                pageable);
        ClassificationStandard standard = grades.standard();
        Set<Long> ids = found.getContent().stream()
                .flatMap(c -> Stream.of(c.getOwnerId(), c.getAccountManagerId())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, UserAccount> people = users.byIds(ids);
        return found.map(c -> CustomerExportRow.of(c, access.seesInFull(c.getOwnerId()), standard, people));
    }

    /** How the export appears in the audit trail: {@code customer.exported} with the filters and order chosen. */
    public ExportAudit audit(CustomerFilter filter, String sortSpec) {
        List<String> parts = new ArrayList<>();
        add(parts, "q", filter.q());
        add(parts, "grade", filter.gradeId());
        add(parts, "member", filter.member());
        add(parts, "bigCustomer", filter.bigCustomer());
        add(parts, "importantAgreement", filter.importantAgreement());
        add(parts, "owner", filter.unassigned() ? "unassigned" : filter.ownerId());
        add(parts, "incomplete", filter.incomplete());
        add(parts, "refreshDue", filter.refreshDue() ? Boolean.TRUE : null);
        add(parts, "sort", sortSpec == null || sortSpec.isBlank() ? null : sortSpec.strip());
        return ExportAudit.of(SUBJECT, CustomerArchive.SUBJECT, String.join(", ", parts));
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
