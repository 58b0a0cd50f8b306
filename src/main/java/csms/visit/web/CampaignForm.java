package csms.visit.web;

import csms.visit.CampaignChannel;
import csms.visit.CampaignDraft;
import csms.visit.VisitCampaign;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form (VIS-6): the details and the customer selection, as the archive's list filters customers. */
class CampaignForm {

    private String name;
    private String purpose;
    private CampaignChannel channel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    private String q;
    private Long gradeId;
    private Boolean member;
    private Boolean bigCustomer;
    private Boolean importantAgreement;
    private String owner;
    private Boolean incomplete;
    private Long version;

    static CampaignForm of(VisitCampaign c) {
        CampaignForm f = new CampaignForm();
        f.name = c.getName();
        f.purpose = c.getPurpose();
        f.channel = c.getChannel();
        f.dueDate = c.getDueDate();
        f.keepSelectionOf(c);
        f.version = c.getVersion();
        return f;
    }

    /** The campaign's selection instead of the one typed. */
    void keepSelectionOf(VisitCampaign c) {
        CampaignDraft.Selection s = c.selection();
        q = s.q();
        gradeId = s.gradeId();
        member = s.member();
        bigCustomer = s.bigCustomer();
        importantAgreement = s.importantAgreement();
        owner = s.owner();
        incomplete = s.incomplete();
    }

    CampaignDraft.Selection selection() {
        return new CampaignDraft.Selection(q, gradeId, member, bigCustomer, importantAgreement, owner, incomplete);
    }

    CampaignDraft draft() {
        return new CampaignDraft(name, purpose, channel, dueDate, selection());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public void setChannel(CampaignChannel channel) {
        this.channel = channel;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getGradeId() {
        return gradeId;
    }

    public void setGradeId(Long gradeId) {
        this.gradeId = gradeId;
    }

    public Boolean getMember() {
        return member;
    }

    public void setMember(Boolean member) {
        this.member = member;
    }

    public Boolean getBigCustomer() {
        return bigCustomer;
    }

    public void setBigCustomer(Boolean bigCustomer) {
        this.bigCustomer = bigCustomer;
    }

    public Boolean getImportantAgreement() {
        return importantAgreement;
    }

    public void setImportantAgreement(Boolean importantAgreement) {
        this.importantAgreement = importantAgreement;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Boolean getIncomplete() {
        return incomplete;
    }

    public void setIncomplete(Boolean incomplete) {
        this.incomplete = incomplete;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
