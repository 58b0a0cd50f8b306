/**
 * Outbound messages: e-mail over SMTP (Spring Mail; {@code spring.mail.*}) and SMS through a pluggable
 * {@link csms.system.mail.SmsSender}. Without a configured mail server or SMS gateway the messages are written to the
 * log (masked), so a fresh installation works and loses nothing silently.
 */
@org.springframework.modulith.NamedInterface("mail")
package csms.system.mail;
