package csms.customer;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.ContactRecordRepository;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact records of customers (CUS-5): filed by the owner, the owner's supervisor or a manager; the owner's
 * first contact after an assignment fulfils the first-contact duty. Every filing is audited.
 */
@Service
public class ContactRecords {

    static final Set<String> SORTS = Set.of("contactedAt", "channel");
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("contactedAt"), Sort.Order.desc("id"));

    private final CustomerRepository customers;
    private final ContactRecordRepository records;
    private final AssignmentScope scope;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final Clock clock;
    private final VisibleCustomers visibleCustomers;

    ContactRecords(CustomerRepository customers, ContactRecordRepository records, AssignmentScope scope,
            UserAccounts users, AuditTrail audit, Clock clock, VisibleCustomers visibleCustomers) {
        this.customers = customers;
        this.records = records;
        this.scope = scope;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.visibleCustomers = visibleCustomers;
    }

    /** Files a contact by the signed-in user; the time defaults to now and may not lie in the future. */
    @Transactional
    public ContactRecordView file(long customerId, ContactRecordDraft draft) {
        SignedInUser me = scope.me();
        Customer customer = visible(me, customerId);
        if (draft.channel() == null) {
            throw RuleViolation.onField("channel", "validation.required");
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.isEmpty() || summary.length() > ContactRecord.SUMMARY_MAX) {
            throw RuleViolation.onField("summary", "customer.contact.summary", ContactRecord.SUMMARY_MAX);
        }
        Instant now = Instant.now(clock);
        Instant contactedAt = draft.contactedAt() == null ? now : draft.contactedAt();
        if (contactedAt.isAfter(now)) {
            throw RuleViolation.onField("contactedAt", "customer.contact.in-future");
        }
        Instant firstBefore = customer.getFirstContactedAt();
        customer.recordContact(me.id(), contactedAt, now);
        customers.saveAndFlush(customer);
        ContactRecord record = records.save(new ContactRecord(customerId, me.id(), contactedAt, draft.channel(),
                summary, now));
        audit.record("customer.contact-filed", "Customer", customerId, customer.getName(),
                Changes.none().field("channel", null, draft.channel()).field("contactedAt", null, contactedAt)
                        .field("firstContactedAt", firstBefore, customer.getFirstContactedAt()));
        return ContactRecordView.of(record, me.displayName());
    }

    /**
     * Files the contact a reached regular visit made (VIS-4: the visit updates the archive). The visit module has
     * already checked that the agent may record the visit; a merged-away or unknown customer files nothing. The
     * summary is cut to {@link ContactRecord#SUMMARY_MAX}.
     */
    @Transactional
    public void fileFromVisit(long customerId, long agentId, Instant contactedAt, ContactChannel channel,
            String summary) {
        customers.findById(customerId).filter(c -> c.getMergedIntoId() == null).ifPresent(customer -> {
            Instant now = Instant.now(clock);
            String text = summary.length() > ContactRecord.SUMMARY_MAX ? summary.substring(0, ContactRecord.SUMMARY_MAX)
                    : summary;
            customer.recordContact(agentId, contactedAt, now);
            customers.saveAndFlush(customer);
            records.save(new ContactRecord(customerId, agentId, contactedAt, channel, text, now));
            audit.record("customer.contact-filed", "Customer", customerId, customer.getName(),
                    Changes.none().field("channel", null, channel).field("contactedAt", null, contactedAt));
        });
    }

    /** The contact records of a customer, newest first. */
    @Transactional(readOnly = true)
    public Page<ContactRecordView> list(long customerId, PageQuery page) {
        visible(scope.me(), customerId);
        Page<ContactRecord> found = records.findByCustomerId(customerId, page.toPageable(SORTS, NEWEST_FIRST));
        Map<Long, UserAccount> agents = users.byIds(found.map(ContactRecord::getAgentId).toSet());
        return found.map(r -> ContactRecordView.of(r, name(agents, r.getAgentId())));
    }

    /** One contact record of a customer. */
    @Transactional(readOnly = true)
    public ContactRecordView get(long customerId, long recordId) {
        visible(scope.me(), customerId);
        ContactRecord r = records.findById(recordId).filter(x -> x.getCustomerId() == customerId)
                .orElseThrow(() -> new NotFoundException("ContactRecord", recordId));
        return ContactRecordView.of(r, name(users.byIds(Set.of(r.getAgentId())), r.getAgentId()));
    }

    /** The customer with its owner and duty state, for the head of the contact records page. */
    @Transactional(readOnly = true)
    public ContactRecordSubject subject(long customerId) {
        Customer c = visible(scope.me(), customerId);
        String owner = c.getOwnerId() == null ? null : name(users.byIds(Set.of(c.getOwnerId())), c.getOwnerId());
        return new ContactRecordSubject(c.getId(), c.getName(), c.getOwnerId(), owner, c.getAssignedAt(),
                c.getFirstContactDueAt(), c.getFirstContactedAt(), c.getLastContactedAt(), c.isFirstContactPending(),
                c.isFirstContactOverdue(Instant.now(clock)));
    }

    /** The customer if the user may work with it; else 404, as for a confidential one out of reach (CUS-6). */
    private Customer visible(SignedInUser me, long customerId) {
        Customer customer = visibleCustomers.find(customerId, visibleCustomers.access());
        scope.requireWorkWith(me, customer);
        return customer;
    }

    static String name(Map<Long, UserAccount> users, Long id) {
        UserAccount u = id == null ? null : users.get(id);
        return u == null ? String.valueOf(id) : u.getDisplayName();
    }
}
