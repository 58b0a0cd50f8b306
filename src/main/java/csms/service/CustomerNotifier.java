package csms.service;

/**
 * Sends a short message to a customer by email or SMS (CMP-5 confirmation links). Pluggable: the default logs the
 * message; an SMS gateway or the mail channel provides its own bean.
 */
public interface CustomerNotifier {

    enum Medium { EMAIL, SMS }

    void send(Medium medium, String address, String text);
}
