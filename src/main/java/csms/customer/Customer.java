package csms.customer;

import csms.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer record 客户档案 (CUS-1): who they are, how to reach them, what they ask for, their grade and flags
 * (CUS-3), and who owns them with the first-contact duty that comes with an assignment (CUS-5).
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_pinyin")
    private String namePinyin;

    @Column(name = "name_initials")
    private String nameInitials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Salutation salutation = Salutation.NONE;

    private String company;

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
    private Long gradeId;

    @Column(nullable = false)
    private boolean member;

    @Column(name = "big_customer", nullable = false)
    private boolean bigCustomer;

    @Column(name = "important_agreement", nullable = false)
    private boolean importantAgreement;

    @Column(name = "account_manager_id")
    private Long accountManagerId;

    @Column(name = "annual_sales")
    private BigDecimal annualSales;

    private Integer potential;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "first_contact_due_at")
    private Instant firstContactDueAt;

    @Column(name = "first_contacted_at")
    private Instant firstContactedAt;

    @Column(name = "first_contact_overdue_at")
    private Instant firstContactOverdueAt;

    @Column(name = "last_contacted_at")
    private Instant lastContactedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
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
        this.name = Objects.requireNonNull(name);
        this.source = Objects.requireNonNull(source);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- Assignment and first-contact duty (CUS-5) ---

    /** Makes the agent responsible; a new first-contact duty starts, due within the configured period. */
    void assignTo(long agentId, Instant now, Duration firstContactWithin) {
        requireActive();
        if (Objects.equals(ownerId, agentId)) {
            throw new RuleViolation("customer.assignment.already-owner");
        }
        this.ownerId = agentId;
        this.assignedAt = now;
        this.firstContactDueAt = now.plus(firstContactWithin);
        this.firstContactedAt = null;
        this.firstContactOverdueAt = null;
        this.updatedAt = now;
    }

    /** No agent is responsible any more; the open duty ends with the assignment. */
    void unassign(Instant now) {
        this.ownerId = null;
        this.assignedAt = null;
        this.firstContactDueAt = null;
        this.firstContactOverdueAt = null;
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
        if (Objects.equals(ownerId, agentId) && firstContactedAt == null && assignedAt != null
                && !contactedAt.isBefore(assignedAt)) {
            firstContactedAt = contactedAt;
        }
        updatedAt = now;
    }

    /** True when the owner has not made the first contact and the due time has passed. */
    public boolean isFirstContactOverdue(Instant now) {
        return isFirstContactPending() && now.isAfter(firstContactDueAt);
    }

    public boolean isFirstContactPending() {
        return ownerId != null && firstContactDueAt != null && firstContactedAt == null;
    }

    /** Records the moment the breach was noticed (once), so it is escalated once. Returns true if newly marked. */
    boolean markFirstContactOverdue(Instant now) {
        if (isFirstContactOverdue(now) && firstContactOverdueAt == null) {
            firstContactOverdueAt = now;
            return true;
        }
        return false;
    }

    void requireActive() {
        if (mergedIntoId != null) {
            throw new RuleViolation("customer.merged", id, mergedIntoId);
        }
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
        return assignedAt;
    }

    public Instant getFirstContactDueAt() {
        return firstContactDueAt;
    }

    public Instant getFirstContactedAt() {
        return firstContactedAt;
    }

    public Instant getFirstContactOverdueAt() {
        return firstContactOverdueAt;
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
