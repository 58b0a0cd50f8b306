package csms.customer;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.ConfidentialReach;
import csms.customer.internal.CustomerRepository;
import csms.customer.internal.CustomerSearch;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer archive 客户档案 (CUS-1, CUS-2, CUS-3, CUS-4, CUS-6, CUS-9): register, update, view masked or in
 * full as the viewer's rights allow, search, read the history, merge duplicates. Every change and every full view
 * is audited. Refusals are 403, unknown records 404 — so are confidential ones out of the viewer's reach (see
 * {@code CustomerAccess}) — merged ones {@link CustomerMergedAway}.
 */
@Service
public class CustomerArchive {

    public static final String SUBJECT = "Customer";
    /** Fields the list may be sorted by; by default big customers come first (CUS-3), then the best match, newest. */
    public static final Set<String> SORTS = Set.of("name", "createdAt", "updatedAt");

    private final CustomerRepository customers;
    private final CustomerGrades grades;
    private final CustomerSearch search;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArchiveRefresh refresh;
    private final VisibleCustomers visible;
    private final VisibilityAnnouncements announcements;

    CustomerArchive(CustomerRepository customers, CustomerGrades grades, CustomerSearch search, UserAccounts users,
            AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ArchiveRefresh refresh,
            VisibleCustomers visible, VisibilityAnnouncements announcements) {
        this.customers = customers;
        this.grades = grades;
        this.search = search;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.refresh = refresh;
        this.visible = visible;
        this.announcements = announcements;
    }

    /** Registers a customer (agents and above, CUS-4); the grade is set by the standard (CUS-3). */
    @Transactional
    public CustomerDetails register(NewCustomer command) {
        CustomerAccess access = access();
        if (!access.mayRegister()) {
            throw new AccessDeniedException("customer.register");
        }
        access.requireReviewOf(null, command);
        ClassificationStandard standard = grades.standard();
        Customer c = new Customer(command.kind(), command.name(), command.source(), actor(), now());
        apply(c, command, standard);
        customers.saveAndFlush(c);
        audit.record("customer.registered", SUBJECT, c.getId(), c.getName(),
                CustomerSnapshot.diff(Map.of(), CustomerSnapshot.of(c, standard)));
        announcements.afterChange(c, VisibilityAnnouncements.Before.none());
        return details(c, access, standard);
    }

    /** Changes a record against the version the user saw (stale → 409); only those with edit rights may (CUS-6). */
    @Transactional
    public CustomerDetails update(long id, CustomerChanges command) {
        CustomerAccess access = access();
        Customer c = active(id, access);
        access.requireEdit(c.getOwnerId());
        if (command.version() == null) {
            throw RuleViolation.onField("version", "customer.version.required");
        }
        ConflictException.requireVersion(command.version(), c.getVersion(), SUBJECT, id);
        access.requireReviewOf(c, command);
        ClassificationStandard standard = grades.standard();
        Map<String, String> before = CustomerSnapshot.of(c, standard);
        VisibilityAnnouncements.Before visibility = VisibilityAnnouncements.Before.of(c);
        apply(c, command, standard);
        Changes changes = CustomerSnapshot.diff(before, CustomerSnapshot.of(c, standard));
        if (!changes.isEmpty()) {
            c.touch(now());
            customers.saveAndFlush(c);
            audit.record("customer.updated", SUBJECT, id, c.getName(), changes);
            announcements.afterChange(c, visibility);
        }
        return details(c, access, standard);
    }

    /** The record as the viewer may see it; a full view is recorded in the audit trail (CUS-6). */
    @Transactional
    public CustomerDetails view(long id) {
        CustomerAccess access = access();
        Customer c = active(id, access);
        if (access.seesInFull(c.getOwnerId())) {
            audit.record("customer.viewed-full", SUBJECT, id, c.getName(), null);
        }
        return details(c, access, grades.standard());
    }

    /** The record in full for editing; refused (403) without edit rights. Audited as a full view. */
    @Transactional
    public CustomerDetails viewForEdit(long id) {
        CustomerAccess access = access();
        access.requireEdit(active(id, access).getOwnerId());
        return view(id);
    }

    /**
     * One page of active customers matching the filter; phones always masked, confidential records outside the
     * viewer's reach left out (CUS-6, CUS-9).
     */
    @Transactional(readOnly = true)
    public Page<CustomerRow> list(CustomerFilter filter, PageQuery page) {
        Sort defaultSort = Sort.by(Sort.Order.desc("bigCustomer"));
        if (filter.hasText()) {
            defaultSort = defaultSort.and(Sort.by(Sort.Order.desc(CustomerSearch.SCORE)));
        }
        defaultSort = defaultSort.and(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc(CustomerSearch.ID)));
        Page<Customer> found = search.find(filter, filter.refreshDue() ? refresh.cutoff() : null, access().reach(),
                page.toPageable(SORTS, defaultSort));
        ClassificationStandard standard = grades.standard();
        Map<Long, UserAccount> owners = owners(found.getContent());
        return found.map(c -> CustomerViews.row(c, standard, owners));
    }

    /** The record's audit trail, newest first; contact data in it is masked unless the viewer sees it in full. */
    @Transactional(readOnly = true)
    public Page<HistoryEntry> history(long id, PageQuery page) {
        CustomerAccess access = access();
        boolean full = access.seesInFull(visible.find(id, access).getOwnerId());
        Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        return audit.find(AuditQuery.forSubject(SUBJECT, id), page.toPageable(Set.of("occurredAt"), newestFirst))
                .map(e -> CustomerViews.history(e, full));
    }

    /**
     * Active records that may be the same customer: any of the same phone digits, or the same name; confidential
     * ones only within the viewer's reach.
     */
    @Transactional(readOnly = true)
    public List<CustomerRow> mergeCandidates(long survivorId) {
        CustomerAccess access = access();
        Customer survivor = active(survivorId, access);
        PageRequest limit = PageRequest.of(0, 20);
        ConfidentialReach reach = access.reach();
        Set<String> digits = survivor.getPhones().stream().map(Phone::getDigits).collect(Collectors.toSet());
        List<Customer> byPhone = digits.isEmpty() ? List.of()
                : customers.activeWithPhoneDigits(digits, survivorId, reach, limit);
        List<Customer> byName = customers.activeWithName(survivor.getName(), survivorId, reach, limit);
        List<Customer> candidates = Stream.concat(byPhone.stream(), byName.stream()).distinct().toList();
        ClassificationStandard standard = grades.standard();
        Map<Long, UserAccount> owners = owners(candidates);
        return candidates.stream().map(c -> CustomerViews.row(c, standard, owners)).toList();
    }

    /** What merging the duplicate into the survivor would do; both are shown in full, so both views are audited. */
    @Transactional
    public MergePreview previewMerge(long survivorId, long duplicateId) {
        CustomerAccess access = access();
        Customer survivor = active(survivorId, access);
        Customer duplicate = active(duplicateId, access);
        access.requireMerge(survivor, duplicate);
        CustomerMerge merge = CustomerMerge.plan(survivor, duplicate);
        return new MergePreview(view(survivorId), view(duplicateId),
                merge.movedPhones().stream().map(CustomerSnapshot::phone).toList(),
                merge.movedPersons().stream().map(CustomerSnapshot::person).toList(), merge.filledFields(),
                merge.raisedFlags());
    }

    /**
     * Merges a duplicate into the survivor (supervisor and above with rights on both, CUS-4): phones and contact
     * persons move, blank fields are filled, flags (confidentiality too) OR-ed, contact records re-pointed; the
     * duplicate leaves lists and search and points to the survivor, whose visibility it takes. Both are audited.
     */
    @Transactional
    public CustomerDetails merge(long survivorId, MergeCustomers command) {
        CustomerAccess access = access();
        Customer survivor = active(survivorId, access);
        Customer duplicate = active(command.duplicateId(), access);
        access.requireMerge(survivor, duplicate);
        ConflictException.requireVersion(command.survivorVersion(), survivor.getVersion(), SUBJECT, survivorId);
        ConflictException.requireVersion(command.duplicateVersion(), duplicate.getVersion(), SUBJECT, duplicate.getId());
        ClassificationStandard standard = grades.standard();
        Map<String, String> survivorBefore = CustomerSnapshot.of(survivor, standard);
        Map<String, String> duplicateBefore = CustomerSnapshot.of(duplicate, standard);
        var survivorVisibility = VisibilityAnnouncements.Before.of(survivor);
        var duplicateVisibility = VisibilityAnnouncements.Before.of(duplicate);
        CustomerMerge.plan(survivor, duplicate).apply(now());
        survivor.classify(standard.gradeIdFor(survivor.getAnnualSales(), survivor.getPotential(),
                survivor.isImportantAgreement()));
        customers.saveAndFlush(survivor);
        customers.saveAndFlush(duplicate);
        int contacts = jdbc.sql("update customer_contact set customer_id = :survivor where customer_id = :duplicate")
                .param("survivor", survivorId).param("duplicate", duplicate.getId()).update();
        audit.record("customer.merged", SUBJECT, survivorId, survivor.getName() + " ← #" + duplicate.getId(),
                CustomerSnapshot.diff(survivorBefore, CustomerSnapshot.of(survivor, standard))
                        .field("contactRecordsMoved", null, contacts == 0 ? null : contacts));
        audit.record("customer.merged-away", SUBJECT, duplicate.getId(), duplicate.getName() + " → #" + survivorId,
                CustomerSnapshot.diff(duplicateBefore, CustomerSnapshot.of(duplicate, standard))
                        .field("mergedInto", null, survivorId));
        events.publishEvent(new CustomersMerged(survivorId, duplicate.getId()));
        announcements.afterChange(survivor, survivorVisibility);
        announcements.afterChange(duplicate.getId(), duplicateVisibility, survivor);
        return details(survivor, access, standard);
    }

    /** The active record; 404 when missing or out of the viewer's reach (CUS-6), gone when merged away. */
    private Customer active(long id, CustomerAccess access) {
        Customer c = visible.find(id, access);
        if (c.isMerged()) {
            throw new CustomerMergedAway(id, c.getMergedIntoId());
        }
        return c;
    }

    private CustomerAccess access() {
        return visible.access();
    }

    private CustomerDetails details(Customer c, CustomerAccess access, ClassificationStandard standard) {
        Set<Long> ids = new HashSet<>();
        Stream.of(c.getOwnerId(), c.getAccountManagerId()).filter(Objects::nonNull).forEach(ids::add);
        boolean full = access.seesInFull(c.getOwnerId());
        return CustomerViews.details(c, full, access.mayEdit(c.getOwnerId()), standard, users.byIds(ids));
    }

    private Map<Long, UserAccount> owners(Collection<Customer> list) {
        return users.byIds(list.stream().map(Customer::getOwnerId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private void apply(Customer c, CustomerFields f, ClassificationStandard standard) {
        if (f.accountManagerId() != null && users.byIds(Set.of(f.accountManagerId())).isEmpty()) {
            throw RuleViolation.onField("accountManagerId", "customer.account-manager.unknown", f.accountManagerId());
        }
        c.describe(f, CustomerInput.phones(f.phones()), CustomerInput.persons(f.contactPersons()));
        c.flag(f.member(), f.bigCustomer(), f.importantAgreement(), f.accountManagerId());
        c.markConfidential(f.confidential() == null ? c.isConfidential() : f.confidential());
        c.classify(standard.gradeIdFor(c.getAnnualSales(), c.getPotential(), c.isImportantAgreement()));
    }

    private static String actor() {
        SignedInUser user = SignedInUser.current();
        return user == null ? AuditTrail.SYSTEM_ACTOR : user.getUsername();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
