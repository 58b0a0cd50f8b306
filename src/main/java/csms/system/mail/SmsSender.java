package csms.system.mail;

/**
 * Sends a short text message to a mobile number. An SMS gateway (the organisation's provider) is plugged in by
 * declaring a bean of this type; the default writes the message to the log with the number masked.
 */
public interface SmsSender {

    void send(String mobile, String text);
}
