package csms.customer.web;

import csms.customer.ContactPersonEntry;
import csms.customer.CustomerChanges;
import csms.customer.CustomerDetails;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer form as the page binds it (a mutable bean with rows for phones and contact persons); it turns into
 * the facade's command records, whose Bean Validation results land on the same field paths here.
 */
public class CustomerForm {

    static final int PHONE_ROWS = 3;
    static final int PERSON_ROWS = 2;

    private CustomerKind kind = CustomerKind.PERSON;
    private String name;
    private Salutation salutation = Salutation.NONE;
    private String company;
    private String email;
    private String address;
    private String requestedServices;
    private CustomerSource source = CustomerSource.PHONE;
    private String sourceReference;
    private String notes;
    private List<CustomerPhoneRow> phones = new ArrayList<>();
    private List<CustomerPersonRow> contactPersons = new ArrayList<>();
    private BigDecimal annualSales;
    private Integer potential;
    private boolean member;
    private boolean bigCustomer;
    private boolean importantAgreement;
    private boolean confidential;
    private Long accountManagerId;
    private Long version;

    static CustomerForm empty() {
        CustomerForm f = new CustomerForm();
        f.padRows();
        return f;
    }

    static CustomerForm of(CustomerDetails d) {
        CustomerForm f = new CustomerForm();
        f.kind = d.kind();
        f.name = d.name();
        f.salutation = d.salutation();
        f.company = d.company();
        f.email = d.email();
        f.address = d.address();
        f.requestedServices = d.requestedServices();
        f.source = d.source();
        f.sourceReference = d.sourceReference();
        f.notes = d.notes();
        d.phones().forEach(p -> f.phones.add(new CustomerPhoneRow(p.number(), p.label())));
        d.contactPersons().forEach(p -> f.contactPersons.add(new CustomerPersonRow(p.name(), p.jobTitle(), p.phone(), p.email())));
        f.annualSales = d.annualSales();
        f.potential = d.potential();
        f.member = d.member();
        f.bigCustomer = d.bigCustomer();
        f.importantAgreement = d.importantAgreement();
        f.confidential = d.confidential();
        f.accountManagerId = d.accountManagerId();
        f.version = d.version();
        f.padRows();
        return f;
    }

    /** Keeps a few blank rows after the filled ones, so more can be typed in without JavaScript. */
    void padRows() {
        long filledPhones = phones.stream().filter(p -> !p.isBlank()).count();
        while (phones.size() < Math.max(PHONE_ROWS, filledPhones + 1)) {
            phones.add(new CustomerPhoneRow());
        }
        long filledPersons = contactPersons.stream().filter(p -> !p.isBlank()).count();
        while (contactPersons.size() < Math.max(PERSON_ROWS, filledPersons + 1)) {
            contactPersons.add(new CustomerPersonRow());
        }
    }

    NewCustomer toNewCustomer() {
        return new NewCustomer(kind, name, salutation, company, email, address, requestedServices, source,
                sourceReference, notes, phoneEntries(), personEntries(), annualSales, potential, member, bigCustomer,
                importantAgreement, confidential, accountManagerId);
    }

    CustomerChanges toChanges() {
        return new CustomerChanges(kind, name, salutation, company, email, address, requestedServices, source,
                sourceReference, notes, phoneEntries(), personEntries(), annualSales, potential, member, bigCustomer,
                importantAgreement, confidential, accountManagerId, version);
    }

    /** Rows keep their positions (blank ones too), so an error on {@code phones[1].number} marks the right row. */
    private List<PhoneEntry> phoneEntries() {
        return phones.stream().map(p -> new PhoneEntry(p.getNumber(), p.getLabel())).toList();
    }

    private List<ContactPersonEntry> personEntries() {
        return contactPersons.stream().map(p -> new ContactPersonEntry(p.getName(), p.getJobTitle(), p.getPhone(), p.getEmail())).toList();
    }

    // --- bean properties for binding ---

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Salutation getSalutation() {
        return salutation;
    }

    public void setSalutation(Salutation salutation) {
        this.salutation = salutation;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRequestedServices() {
        return requestedServices;
    }

    public void setRequestedServices(String requestedServices) {
        this.requestedServices = requestedServices;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<CustomerPhoneRow> getPhones() {
        return phones;
    }

    public void setPhones(List<CustomerPhoneRow> phones) {
        this.phones = phones;
    }

    public List<CustomerPersonRow> getContactPersons() {
        return contactPersons;
    }

    public void setContactPersons(List<CustomerPersonRow> contactPersons) {
        this.contactPersons = contactPersons;
    }

    public BigDecimal getAnnualSales() {
        return annualSales;
    }

    public void setAnnualSales(BigDecimal annualSales) {
        this.annualSales = annualSales;
    }

    public Integer getPotential() {
        return potential;
    }

    public void setPotential(Integer potential) {
        this.potential = potential;
    }

    public boolean isMember() {
        return member;
    }

    public void setMember(boolean member) {
        this.member = member;
    }

    public boolean isBigCustomer() {
        return bigCustomer;
    }

    public void setBigCustomer(boolean bigCustomer) {
        this.bigCustomer = bigCustomer;
    }

    public boolean isImportantAgreement() {
        return importantAgreement;
    }

    public void setImportantAgreement(boolean importantAgreement) {
        this.importantAgreement = importantAgreement;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public void setAccountManagerId(Long accountManagerId) {
        this.accountManagerId = accountManagerId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
