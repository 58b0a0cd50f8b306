package csms.customer;

import csms.customer.internal.ActiveCustomerRouting;
import csms.customer.internal.CustomerSearchAnalysis;
import csms.customer.internal.NamePinyin;
import csms.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;

/**
 * A customer record 客户档案 (CUS-1): who they are, how to reach them, what they ask for, their grade and flags
 * (CUS-3), and who owns them with the first-contact duty that comes with an assignment (CUS-5).
 */
@Entity
@Table(name = "customer")
@Indexed(index = "customer", routingBinder = @RoutingBinderRef(type = ActiveCustomerRouting.class))
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "id_sort", sortable = Sortable.YES)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private CustomerKind kind;

    @Column(nullable = false)
    @FullTextField(analyzer = CustomerSearchAnalysis.CHINESE)
    @FullTextField(name = "name_partial", analyzer = CustomerSearchAnalysis.PARTIAL,
            searchAnalyzer = CustomerSearchAnalysis.WHOLE)
    @KeywordField(name = "name_sort", normalizer = CustomerSearchAnalysis.LOWERCASE, sortable = Sortable.YES)
    private String name;

    @Column(name = "name_pinyin")
    @KeywordField(normalizer = CustomerSearchAnalysis.LOWERCASE)
    private String namePinyin;

    @Column(name = "name_initials")
    @KeywordField(normalizer = CustomerSearchAnalysis.LOWERCASE)
    private String nameInitials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Salutation salutation = Salutation.NONE;

    @FullTextField(analyzer = CustomerSearchAnalysis.CHINESE)
    private String company;

    @KeywordField(normalizer = CustomerSearchAnalysis.LOWERCASE)
    private String email;

    private String address;

    @Column(name = "requested_services")
    private String requestedServices;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerSource source;

    @Column(name = "source_reference")
    private String sourceReference;

    private String notes;

    @Column(name = "grade_id")
    @GenericField
    private Long gradeId;

    @Column(nullable = false)
    @GenericField
    private boolean member;

    @Column(name = "big_customer", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private boolean bigCustomer;

    @Column(name = "important_agreement", nullable = false)
    @GenericField
    private boolean importantAgreement;

    /** Confidential 保密 (CUS-6): outside the owner's team the record does not exist (see CustomerAccess). */
    @Column(nullable = false)
    @GenericField
    private boolean confidential;

    @Column(name = "account_manager_id")
    private Long accountManagerId;

    @Column(name = "annual_sales")
    private BigDecimal annualSales;

    private Integer potential;

    @Column(name = "owner_id")
    @GenericField
    private Long ownerId;

    @Embedded
    private FirstContactDeadline firstContact = FirstContactDeadline.none();

    @Column(name = "last_contacted_at")
    private Instant lastContactedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded(includePaths = "digits")
    private List<Phone> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_contact_person", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contactPersons = new ArrayList<>();

    @Version
    private long version;

    protected Customer() {
    }

    Customer(CustomerKind kind, String name, CustomerSource source, String createdBy, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.source = Objects.requireNonNull(source);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        rename(Objects.requireNonNull(name));
    }

    // --- Assignment and first-contact duty (CUS-5) ---

    /** Makes the agent responsible; a new first-contact duty starts, due within the configured period. */
    void assignTo(long agentId, Instant now, Duration firstContactWithin) {
        requireActive();
        if (Objects.equals(ownerId, agentId)) {
            throw new RuleViolation("customer.assignment.already-owner");
        }
        this.ownerId = agentId;
        this.firstContact = FirstContactDeadline.startingAt(now, firstContactWithin);
        this.updatedAt = now;
    }

    /** No agent is responsible any more; the open duty ends with the assignment. */
    void unassign(Instant now) {
        this.ownerId = null;
        this.firstContact = FirstContactDeadline.none();
        this.updatedAt = now;
    }

    /** A contact was filed; the owner's first contact after the assignment fulfils the duty. */
    void recordContact(long agentId, Instant contactedAt, Instant now) {
        requireActive();
        if (contactedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw RuleViolation.onField("contactedAt", "customer.contact.in-future");
        }
        if (lastContactedAt == null || contactedAt.isAfter(lastContactedAt)) {
            lastContactedAt = contactedAt;
        }
        if (Objects.equals(ownerId, agentId)) {
            firstContact = deadline().metBy(contactedAt);
        }
        updatedAt = now;
    }

    /** True when the owner has not made the first contact and the due time has passed. */
    public boolean isFirstContactOverdue(Instant now) {
        return ownerId != null && deadline().isOverdue(now);
    }

    public boolean isFirstContactPending() {
        return ownerId != null && deadline().isPending();
    }

    /** Records the moment the breach was noticed (once), so it is escalated once. Returns true if newly marked. */
    boolean markFirstContactOverdue(Instant now) {
        if (ownerId == null) {
            return false;
        }
        FirstContactDeadline next = deadline().breachNoticedAt(now);
        boolean noticed = next != deadline();
        firstContact = next;
        return noticed;
    }

    /** Hibernate leaves the embedded value null when all its columns are null. */
    private FirstContactDeadline deadline() {
        return firstContact == null ? FirstContactDeadline.none() : firstContact;
    }

    void requireActive() {
        if (mergedIntoId != null) {
            throw new RuleViolation("customer.merged", id, mergedIntoId);
        }
    }

    // --- The record itself (CUS-1, CUS-2, CUS-3) ---

    /** Replaces what the record says about the customer; the name's pinyin and initials follow the name (CUS-9). */
    void describe(CustomerFields data, List<Phone> newPhones, List<ContactPerson> newPersons) {
        requireActive();
        if (data.potential() != null && (data.potential() < 1 || data.potential() > 5)) {
            throw RuleViolation.onField("potential", "customer.potential.range");
        }
        this.kind = Objects.requireNonNull(data.kind());
        rename(data.name());
        this.salutation = data.salutation() == null ? Salutation.NONE : data.salutation();
        this.company = oneLine(data.company());
        this.email = oneLine(data.email());
        this.address = oneLine(data.address());
        this.requestedServices = text(data.requestedServices());
        this.source = Objects.requireNonNull(data.source());
        this.sourceReference = oneLine(data.sourceReference());
        this.notes = text(data.notes());
        this.annualSales = data.annualSales() == null ? null : data.annualSales().setScale(2, RoundingMode.HALF_UP);
        this.potential = data.potential();
        // Replace the collections only when they differ, so an unchanged save changes nothing (and no version).
        if (!Phone.sameList(phones, newPhones)) {
            this.phones.clear();
            this.phones.addAll(newPhones);
        }
        if (!ContactPerson.sameList(contactPersons, newPersons)) {
            this.contactPersons.clear();
            this.contactPersons.addAll(newPersons);
        }
    }

    /** Marks the record as changed now (after a change that the audit trail records). */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Sets the flags of the classification; an important agreement needs a named account manager (CUS-3). */
    void flag(boolean member, boolean bigCustomer, boolean importantAgreement, Long accountManagerId) {
        requireActive();
        if (importantAgreement && accountManagerId == null) {
            throw RuleViolation.onField("accountManagerId", "customer.account-manager.required");
        }
        this.member = member;
        this.bigCustomer = bigCustomer;
        this.importantAgreement = importantAgreement;
        this.accountManagerId = accountManagerId;
    }

    /** Makes the record confidential or open again; a supervisor's classification like the flags (CUS-6). */
    void markConfidential(boolean confidential) {
        requireActive();
        this.confidential = confidential;
    }

    /** Puts the customer in the grade the standard gives; returns true when the grade changed. */
    boolean classify(Long newGradeId) {
        boolean changed = !Objects.equals(gradeId, newGradeId);
        this.gradeId = newGradeId;
        return changed;
    }

    /** Takes over what a duplicate knows: the phones and contact persons planned to move, blank fields, flags. */
    void absorb(Customer duplicate, List<Phone> movedPhones, List<ContactPerson> movedPersons, Instant now) {
        requireActive();
        movedPhones.forEach(p -> phones.add(p.copy()));
        movedPersons.forEach(p -> contactPersons.add(p.copy()));
        company = company != null ? company : duplicate.company;
        email = email != null ? email : duplicate.email;
        address = address != null ? address : duplicate.address;
        requestedServices = requestedServices != null ? requestedServices : duplicate.requestedServices;
        sourceReference = sourceReference != null ? sourceReference : duplicate.sourceReference;
        notes = notes != null ? notes : duplicate.notes;
        salutation = salutation != Salutation.NONE ? salutation : duplicate.salutation;
        annualSales = annualSales != null ? annualSales : duplicate.annualSales;
        potential = potential != null ? potential : duplicate.potential;
        accountManagerId = accountManagerId != null ? accountManagerId : duplicate.accountManagerId;
        member |= duplicate.member;
        bigCustomer |= duplicate.bigCustomer;
        importantAgreement |= duplicate.importantAgreement;
        confidential |= duplicate.confidential;
        if (duplicate.lastContactedAt != null
                && (lastContactedAt == null || duplicate.lastContactedAt.isAfter(lastContactedAt))) {
            lastContactedAt = duplicate.lastContactedAt;
        }
        updatedAt = now;
    }

    /** This record was a duplicate: it points to the survivor from now on and keeps no phones, persons or duty. */
    void mergeInto(long survivorId, Instant now) {
        requireActive();
        if (Objects.equals(id, survivorId)) {
            throw new RuleViolation("customer.merge.same");
        }
        phones.clear();
        contactPersons.clear();
        unassign(now);
        mergedIntoId = survivorId;
        updatedAt = now;
    }

    /** What the archive still lacks for this record (CUS-2): the keys of the missing fields, in form order. */
    public List<String> missingFields() {
        return CustomerCompleteness.missingFields(this);
    }

    @GenericField
    @IndexingDependency(derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "phones")),
        @ObjectPath(@PropertyValue(propertyName = "address")),
        @ObjectPath(@PropertyValue(propertyName = "requestedServices")),
        @ObjectPath(@PropertyValue(propertyName = "gradeId")),
        @ObjectPath(@PropertyValue(propertyName = "kind")),
        @ObjectPath(@PropertyValue(propertyName = "contactPersons")) })
    public boolean isComplete() {
        return missingFields().isEmpty();
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    private void rename(String newName) {
        String n = oneLine(newName);
        if (n == null) {
            throw RuleViolation.onField("name", "customer.name.required");
        }
        this.name = n;
        this.namePinyin = NamePinyin.full(n);
        this.nameInitials = NamePinyin.initials(n);
    }

    /** Blank becomes null; line breaks and runs of spaces become one space (keeps audit lines one line each). */
    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- Getters ---

    public Long getId() {
        return id;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNamePinyin() {
        return namePinyin;
    }

    public String getNameInitials() {
        return nameInitials;
    }

    public Salutation getSalutation() {
        return salutation;
    }

    public String getCompany() {
        return company;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public String getRequestedServices() {
        return requestedServices;
    }

    public CustomerSource getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getNotes() {
        return notes;
    }

    public Long getGradeId() {
        return gradeId;
    }

    public boolean isMember() {
        return member;
    }

    public boolean isBigCustomer() {
        return bigCustomer;
    }

    public boolean isImportantAgreement() {
        return importantAgreement;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public BigDecimal getAnnualSales() {
        return annualSales;
    }

    public Integer getPotential() {
        return potential;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getAssignedAt() {
        return deadline().assignedAt();
    }

    public Instant getFirstContactDueAt() {
        return deadline().dueAt();
    }

    public Instant getFirstContactedAt() {
        return deadline().contactedAt();
    }

    public Instant getFirstContactOverdueAt() {
        return deadline().overdueNoticedAt();
    }

    public Instant getLastContactedAt() {
        return lastContactedAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Phone> getPhones() {
        return List.copyOf(phones);
    }

    public List<ContactPerson> getContactPersons() {
        return List.copyOf(contactPersons);
    }

    public long getVersion() {
        return version;
    }
}
