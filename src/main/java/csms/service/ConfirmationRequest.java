package csms.service;

import java.time.Instant;

/** What the customer sees on the confirmation page: the complaint's subject and the approved solution. */
public record ConfirmationRequest(String organisation, String subject, String solution, Instant expiresAt) {
}
