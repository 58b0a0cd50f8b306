package csms.service.web;

import csms.service.Channel;
import csms.service.Priority;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.Severity;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The registration form as the page binds it: the caller's number and the selected customer, the request, and the
 * complaint's acceptance fields (CMP-1), which count only when the type is a complaint. {@code formToken} makes a
 * second POST of the same form lead to the request already created.
 */
public class RequestForm {

    private String formToken;
    private String callerPhone;
    private Long customerId;
    private String customerName;
    private RequestType type = RequestType.CONSULTATION;
    private Channel channel = Channel.PHONE;
    private String subject;
    private String description;
    private Priority priority = Priority.NORMAL;
    private String tags;
    private Severity severity;
    private boolean crisis;
    private String complainant;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime receivedAt;
    private String customerWants;

    static RequestForm empty(String token) {
        RequestForm f = new RequestForm();
        f.formToken = token;
        return f;
    }

    boolean isComplaint() {
        return type == RequestType.COMPLAINT;
    }

    /** The facade's command; the complaint fields are dropped for other types, the crisis mark unless major. */
    RequestDraft toDraft(ZoneId zone) {
        boolean complaint = isComplaint();
        return new RequestDraft(type, channel, customerId, subject, description, priority, tags,
                complaint ? severity : null, complaint && severity == Severity.MAJOR && crisis,
                complaint ? complainant : null,
                complaint && receivedAt != null ? receivedAt.atZone(zone).toInstant() : null,
                complaint ? customerWants : null);
    }

    /** CMP-1 asks for all acceptance fields at once; the page names every missing one, not just the first. */
    void requireComplaintFields(Errors errors) {
        if (!isComplaint()) {
            return;
        }
        if (severity == null) {
            errors.rejectValue("severity", "validation.required");
        }
        if (blank(complainant) && !errors.hasFieldErrors("complainant")) {
            errors.rejectValue("complainant", "validation.required");
        }
        if (blank(customerWants) && !errors.hasFieldErrors("customerWants")) {
            errors.rejectValue("customerWants", "validation.required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public boolean isCrisis() {
        return crisis;
    }

    public void setCrisis(boolean crisis) {
        this.crisis = crisis;
    }

    public String getComplainant() {
        return complainant;
    }

    public void setComplainant(String complainant) {
        this.complainant = complainant;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getCustomerWants() {
        return customerWants;
    }

    public void setCustomerWants(String customerWants) {
        this.customerWants = customerWants;
    }
}
