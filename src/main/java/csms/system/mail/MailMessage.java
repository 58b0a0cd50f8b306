package csms.system.mail;

import java.util.List;
import java.util.Objects;

/** An e-mail to send: recipients, subject, plain-text body and attachments. */
public record MailMessage(List<String> to, String subject, String text, List<MailAttachment> attachments) {

    public MailMessage {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static MailMessage of(String to, String subject, String text) {
        return new MailMessage(List.of(to), subject, text, List.of());
    }

    /** A file sent with the message (a report as PDF or Excel). */
    public record MailAttachment(String fileName, String contentType, byte[] content) {

        public MailAttachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
