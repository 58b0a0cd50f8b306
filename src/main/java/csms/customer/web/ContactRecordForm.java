package csms.customer.web;

import csms.customer.ContactChannel;
import csms.customer.ContactRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The contact form: local date and time in the organisation's zone (empty means now), channel, summary. */
public class ContactRecordForm {

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime contactedAt;

    @NotNull
    private ContactChannel channel = ContactChannel.PHONE;

    @NotBlank
    @Size(max = ContactRecord.SUMMARY_MAX)
    private String summary;

    public LocalDateTime getContactedAt() {
        return contactedAt;
    }

    public void setContactedAt(LocalDateTime contactedAt) {
        this.contactedAt = contactedAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
