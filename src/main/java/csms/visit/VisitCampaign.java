package csms.visit;

import csms.customer.CustomerFilter;
import csms.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A return-visit campaign 回访活动 (VIS-6): customers chosen from the archive by a filter, distributed to agents as
 * visits of kind CAMPAIGN due by the campaign's date, tracked, then closed (archived). The filter is kept as typed,
 * so the selection is read again when distributing. A closed campaign refuses every change (409).
 */
@Entity
@Table(name = "visit_campaign")
public class VisitCampaign {

    public static final int NAME_MAX = 100;
    public static final int PURPOSE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignChannel channel;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @Column(name = "filter_q")
    private String filterQ;
    @Column(name = "filter_grade_id")
    private Long filterGradeId;
    @Column(name = "filter_member")
    private Boolean filterMember;
    @Column(name = "filter_big_customer")
    private Boolean filterBigCustomer;
    @Column(name = "filter_important_agreement")
    private Boolean filterImportantAgreement;
    @Column(name = "filter_owner")
    private String filterOwner;
    @Column(name = "filter_incomplete")
    private Boolean filterIncomplete;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "distributed_at")
    private Instant distributedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected VisitCampaign() {
    }

    VisitCampaign(CampaignDraft d, Long departmentId, long createdBy, Instant now) {
        this.status = CampaignStatus.DRAFT;
        this.departmentId = departmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(d);
    }

    /** New details; the selection only while nothing is distributed. */
    void change(CampaignDraft d) {
        requireNotClosed();
        if (status != CampaignStatus.DRAFT && !d.selection().equals(selection())) {
            throw new ConflictException("campaign.distributed");
        }
        apply(d);
    }

    void distributed(Instant at) {
        requireNotClosed();
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("campaign.distributed");
        }
        this.status = CampaignStatus.ACTIVE;
        this.distributedAt = at;
    }

    void close(Instant at) {
        requireNotClosed();
        this.status = CampaignStatus.CLOSED;
        this.closedAt = at;
    }

    private void apply(CampaignDraft d) {
        this.name = d.name();
        this.purpose = d.purpose();
        this.channel = d.channel();
        this.dueDate = d.dueDate();
        CampaignDraft.Selection s = d.selection();
        this.filterQ = s.q();
        this.filterGradeId = s.gradeId();
        this.filterMember = s.member();
        this.filterBigCustomer = s.bigCustomer();
        this.filterImportantAgreement = s.importantAgreement();
        this.filterOwner = s.owner();
        this.filterIncomplete = s.incomplete();
    }

    private void requireNotClosed() {
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictException("campaign.closed");
        }
    }

    /** The selection as typed. */
    public CampaignDraft.Selection selection() {
        return new CampaignDraft.Selection(filterQ, filterGradeId, filterMember, filterBigCustomer,
                filterImportantAgreement, filterOwner, filterIncomplete);
    }

    /** The archive's filter of the selection; "me" is the campaign's creator. */
    public CustomerFilter filter() {
        return selection().filter(createdBy);
    }

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDistributedAt() {
        return distributedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
