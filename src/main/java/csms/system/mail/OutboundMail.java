package csms.system.mail;

import csms.shared.Masking;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail over SMTP when a mail server is configured ({@code spring.mail.host}), else logs it. Called inside a
 * transaction, the message goes after the commit, so a rolled-back change never announces itself; a failure to
 * deliver is logged and never undoes the change that caused the message (the in-app record stays the source).
 */
@Service
public class OutboundMail {

    private static final Logger log = LoggerFactory.getLogger(OutboundMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    OutboundMail(ObjectProvider<JavaMailSender> sender, @Value("${csms.mail.from:csms@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** True when messages really leave (a mail server is configured). */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the message now, or after the current transaction commits. */
    public void send(MailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(message);
                }
            });
        } else {
            deliver(message);
        }
    }

    private void deliver(MailMessage message) {
        JavaMailSender mail = sender.getIfAvailable();
        String to = String.join(", ", message.to().stream().map(Masking::email).toList());
        if (mail == null) {
            log.info("No mail server configured (spring.mail.host); mail to {} not sent: {}", to, message.subject());
            return;
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to().toArray(String[]::new));
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            for (MailMessage.MailAttachment a : message.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            mail.send(mime);
        } catch (MessagingException | MailException e) {
            log.warn("Mail to {} could not be sent ({}): {}", to, message.subject(), e.getMessage());
        }
    }
}
